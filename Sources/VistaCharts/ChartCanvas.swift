/// Draws one variant of a chart into SVG markup from its spec and measured layout.
///
/// The shared parts (value axis, axis labels, legend, markers, target) live in extensions beside
/// this file; each chart kind adds only its marks.
struct ChartCanvas {
    let spec: ChartSpec
    let frame: ChartFrame
    let layout: ChartLayout
    /// The page-unique prefix of every id in this variant, e.g. "cost-w".
    let prefix: String
    let formatter: ValueFormatter
    var out: Markup
    /// Labels drawn after everything else (value labels), so that lines never cross them.
    var overlay: Markup

    init(spec: ChartSpec, frame: ChartFrame, layout: ChartLayout, id: String) {
        self.spec = spec
        self.frame = frame
        self.layout = layout
        self.prefix = id + "-" + frame.variant
        self.formatter = spec.formatter
        self.out = Markup(capacity: 8192)
        self.overlay = Markup(capacity: 512)
    }

    var plot: Plot { layout.plot }
    var fontSize: Double { frame.fontSize }

    /// The CSS class that colours series number `index` from the categorical palette.
    static func colorClass(_ index: Int) -> String { "vista-c\(index % ChartPalette.size + 1)" }

    /// The baseline y for text whose middle is at `y`.
    func textBaseline(_ y: Double) -> Double { y + fontSize * 0.35 }

    /// Opens the `<svg>` with its accessible name (`<title>`) and description (`<desc>`).
    mutating func open(description: String) {
        let titleId = prefix + "-title", descId = prefix + "-desc"
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vista-chart-svg \(frame.cssClass)\"")
        out.raw(" viewBox=\"0 0 \(Markup.num(layout.width)) \(Markup.num(layout.height))\"")
        out.raw(" role=\"img\" aria-labelledby=\"\(titleId) \(descId)\" font-size=\"\(Markup.num(fontSize))\">")
        out.raw("<title id=\"\(titleId)\">")
        out.escaped(spec.title)
        out.raw("</title><desc id=\"\(descId)\">")
        out.escaped(description)
        out.raw("</desc>")
    }

    /// Closes the `<svg>`.
    mutating func close() { out.raw("</svg>") }

    /// Draws the whole chart: shared axes and annotations around the kind's marks.
    mutating func draw(description: String) {
        open(description: description)
        drawValueAxis()
        drawAxisLabels()
        drawMarkers()
        switch spec.kind {
        case .line, .area, .sparkline: drawLines(filled: spec.kind == .area)
        case .bar: drawBars()
        case .stacked: drawStacked()
        case .waterfall: drawWaterfall()
        case .beforeAfter: drawDumbbells()
        case .payback: drawPayback()
        }
        drawTarget()
        if !overlay.isEmpty {
            out.openGroup("vista-values")
            out.raw(overlay)
            out.closeGroup()
        }
        drawLegend()
        drawEndLabels()
        close()
    }
}
