/// The chart's data as an HTML table, numbers formatted as in the chart.
extension ChartRenderer {
    /// The same data as a `<table class="vista-chart-table" id="ID-table">` with the title as `<caption>`:
    /// a row per axis position and a column per series; a before-after chart gets a row per comparison,
    /// a waterfall a row per step. Missing values show "–" with "no data" for screen readers.
    public static func dataTable(_ spec: ChartSpec, id: String) -> String {
        let f = spec.formatter
        var out = Markup(capacity: 4096)
        out.raw("<table class=\"vista-chart-table\" id=\"\(safeId(id))-table\"><caption>")
        out.escaped(spec.title)
        out.raw("</caption>")
        func header(_ cells: [String]) {
            out.raw("<thead><tr>")
            for cell in cells { out.raw("<th scope=\"col\">"); out.escaped(cell); out.raw("</th>") }
            out.raw("</tr></thead><tbody>")
        }
        func row(_ head: String, _ cells: [String?]) {
            out.raw("<tr><th scope=\"row\">")
            out.escaped(head)
            out.raw("</th>")
            for cell in cells {
                if let cell { out.raw("<td>"); out.escaped(cell); out.raw("</td>") } else {
                    out.raw("<td><span aria-hidden=\"true\">–</span><span class=\"vista-sr-only\">no data</span></td>")
                }
            }
            out.raw("</tr>")
        }
        switch spec.kind {
        case .waterfall:
            let spans = spec.waterfallSpans
            header(["Item", spec.series.first?.name == spec.title ? "Amount" : spec.series.first?.name ?? "Amount"])
            for (i, span) in spans.enumerated() {
                let total = i == 0 || i == spans.count - 1
                row(spec.axis.label(at: i), [total ? f.format(span.to) : f.formatChange(span.to - span.from)])
            }
        case .beforeAfter:
            let rows = Comparison.rows(of: spec)
            let names = dumbbellLegend(rows)
            header(["", names.0, names.1, "Change"])
            for r in rows {
                let change = r.before.flatMap { b in r.after.map { f.formatChange($0 - b) } }
                row(r.name, [r.before.map(f.format), r.after.map(f.format), change])
            }
        default:
            header([spec.axis.isTime ? "Period" : "Category"] + spec.series.map(\.name))
            for i in 0..<spec.positionCount {
                row(spec.axis.label(at: i, language: spec.numberStyle.language), spec.series.map { $0.value(at: i).map(f.format) })
            }
        }
        out.raw("</tbody></table>")
        return out.text
    }
}
