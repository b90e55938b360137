/// The default colours of charts in the light and the dark scheme, as hex strings.
///
/// Every colour that carries meaning (series, good, bad, target, text) keeps a contrast of at least
/// 3:1 against the scheme's background; the tests compute it.
struct ChartPalette: Sendable {
    /// The number of categorical colours; series beyond it reuse them in order.
    static let size = 8

    /// The background the colours are chosen against (used for text halos).
    var background: String
    /// The categorical colours for series, in order.
    var series: [String]
    /// A change for the better.
    var good: String
    /// A change for the worse.
    var bad: String
    /// Neither better nor worse, and totals.
    var neutral: String
    /// The target line and its label.
    var target: String
    /// Labels and tick labels.
    var text: String
    /// Grid lines (decorative: no contrast needed).
    var grid: String
    /// The custom property that, when a site sets it, colours the first series instead of `series[0]`.
    var accentProperty: String

    /// Colours on a white page.
    static let light = ChartPalette(
        background: "#ffffff",
        series: ["#2563eb", "#c2410c", "#047857", "#7c3aed", "#be185d", "#0e7490", "#a16207", "#4b5563"],
        good: "#15803d", bad: "#b91c1c", neutral: "#4b5563", target: "#9a3412", text: "#374151", grid: "#e5e7eb",
        accentProperty: "--vista-accent-chart")

    /// Colours on a dark page.
    static let dark = ChartPalette(
        background: "#111827",
        series: ["#60a5fa", "#fb923c", "#34d399", "#a78bfa", "#f472b6", "#22d3ee", "#facc15", "#9ca3af"],
        good: "#4ade80", bad: "#f87171", neutral: "#9ca3af", target: "#fdba74", text: "#d1d5db", grid: "#374151",
        accentProperty: "--vista-accent-chart-dark")

    /// The palette as CSS custom property declarations.
    var declarations: String {
        var css = ""
        for (i, colour) in series.enumerated() {
            css += i == 0 ? "--vista-chart-1:var(\(accentProperty),\(colour));" : "--vista-chart-\(i + 1):\(colour);"
        }
        css += "--vista-good:\(good);--vista-bad:\(bad);--vista-neutral:\(neutral);--vista-target:\(target);"
        css += "--vista-text:\(text);--vista-grid:\(grid);--vista-chart-bg:\(background);"
        return css
    }
}
