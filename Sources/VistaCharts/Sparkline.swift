/// The tiny line of a KPI tile: no axes, no labels, gaps kept, the latest value dotted, the target dashed.
enum Sparkline {
    static let width = 120.0, height = 32.0, inset = 4.0

    /// The sparkline's `<svg>` of the first series that has values.
    static func svg(_ spec: ChartSpec, id: String, description: String) -> String {
        var out = Markup(capacity: 1024)
        let titleId = id + "-title", descId = id + "-desc"
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vista-sparkline\" id=\"\(id)\" viewBox=\"0 0 120 32\"")
        out.raw(" role=\"img\" aria-labelledby=\"\(titleId) \(descId)\"><title id=\"\(titleId)\">")
        out.escaped(spec.title)
        out.raw("</title><desc id=\"\(descId)\">")
        out.escaped(description)
        out.raw("</desc>")
        let count = spec.positionCount
        if let series = spec.seriesWithData.first {
            let values = (0..<count).compactMap { series.value(at: $0) } + (spec.finiteTarget.map { [$0] } ?? [])
            let lower = values.min() ?? 0, upper = values.max() ?? 1
            let x: (Int) -> Double = { i in
                count > 1 ? inset + Double(i) * (width - 2 * inset) / Double(count - 1) : width / 2
            }
            let y: (Double) -> Double = { v in
                upper > lower ? height - inset - (v - lower) / (upper - lower) * (height - 2 * inset) : height / 2
            }
            if let target = spec.finiteTarget {
                out.line(inset, y(target), width - inset, y(target), cssClass: "vista-target")
            }
            out.openGroup("vista-series vista-c1")
            for run in ChartCanvas.runs(series, count: count) {
                let points = run.map { Point(x: x($0), y: y(series.value(at: $0) ?? 0)) }
                if points.count > 1 { out.path(points, cssClass: "vista-line") } else if let p = points.first {
                    out.circle(p.x, p.y, r: 1.5, cssClass: "vista-dot")
                }
            }
            if let last = series.lastIndex {
                out.circle(x(last), y(series.value(at: last) ?? 0), r: 2.5, cssClass: "vista-dot")
            }
            out.closeGroup()
        }
        out.raw("</svg>")
        return out.text
    }
}
