/// The size and text sizes of one drawn variant of a chart.
///
/// Every chart is drawn twice: a wide variant for the ~720 px content column and a narrow one for
/// phones; `ChartStyles.css` shows one of them by the width of the chart's container. Text sizes are
/// chosen so that each variant, at the narrowest width it is shown at, still draws text of 11 px or more.
struct ChartFrame: Sendable {
    /// "w" or "n": the suffix that keeps ids of the two variants apart.
    var variant: String
    /// The CSS class of the variant's `<svg>`.
    var cssClass: String
    /// The viewBox width.
    var width: Double
    /// The viewBox height of charts with a fixed height (time series, vertical bars).
    var height: Double
    /// The size of labels and legends.
    var fontSize: Double
    /// The space kept free around the drawing.
    var padding: Double

    /// The line height of labels.
    var lineHeight: Double { (fontSize * 1.3).rounded() }

    /// Shown where the chart's container is at least 660 px wide: 12.5 px text at 720 → ≥ 11 px at 660.
    /// 2.5:1, a calm slope that leaves room for text around it (at most 320 px tall in the theme's 50rem).
    static let wide = ChartFrame(variant: "w", cssClass: "vista-chart-wide", width: 720, height: 288, fontSize: 12.5, padding: 8)
    /// Shown below 660 px: 12 px text at 360 → ≥ 11 px from 330 px on.
    static let narrow = ChartFrame(variant: "n", cssClass: "vista-chart-narrow", width: 360, height: 300, fontSize: 12, padding: 6)
}
