/// The chart's data as an HTML table, values with the decimals they were written with.
extension ChartRenderer {
    /// The same data as a `<table class="vista-chart-table" id="ID-table">` with the title as `<caption>`:
    /// a row per axis position and a column per series; a before-after chart gets a row per comparison,
    /// a waterfall a row per step. Missing values show "–" with "no data" for screen readers.
    /// The table sits in a `<div class="vista-table-scroll">` that scrolls sideways on narrow screens:
    /// a named region that keyboard users can focus to scroll it.
    public static func dataTable(_ spec: ChartSpec, id: String) -> String {
        let f = spec.formatter
        let language = spec.numberStyle.language
        func word(_ key: ChartWords.Key) -> String { ChartWords.word(key, language: language) }
        var out = Markup(capacity: 4096)
        // A region that scrolls is focusable, so that keyboard users can scroll it; the caption names it.
        let tableID = safeId(id) + "-table"
        out.raw("<div class=\"vista-table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(tableID)-caption\"><table class=\"vista-chart-table\" id=\"\(tableID)\"><caption id=\"\(tableID)-caption\">")
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
                    out.raw("<td><span aria-hidden=\"true\">–</span><span class=\"vista-sr-only\">" + word(.noData) + "</span></td>")
                }
            }
            out.raw("</tr>")
        }
        switch spec.kind {
        case .waterfall:
            let spans = spec.waterfallSpans
            header([word(.item), f.unitName])
            for (i, span) in spans.enumerated() {
                let total = i == 0 || i == spans.count - 1
                row(spec.axis.label(at: i), [total ? f.format(span.to) : f.formatChange(span.to - span.from)])
            }
            if let oneOff = spec.waterfallOneOff { row(spec.axis.label(at: oneOff.index), [f.format(oneOff.amount)]) }
        case .payback:
            header([word(.month), spec.series.first?.name ?? f.unitName])
            let series = spec.series.first
            for i in 0..<spec.positionCount {
                row(spec.axis.label(at: i, language: language), [series?.value(at: i).map { f.formatChange($0) }])
            }
        case .beforeAfter:
            let rows = Comparison.rows(of: spec)
            let names = dumbbellLegend(rows, language: language)
            header(["", names.0, names.1, word(.change)])
            for r in rows {
                let change = r.before.flatMap { b in r.after.map { f.formatChange($0 - b) } }
                row(r.name, [r.before.map { f.formatExact($0) }, r.after.map { f.formatExact($0) }, change])
            }
        default:
            header([word(spec.axis.isTime ? .period : .category)] + spec.series.map(\.name))
            for i in 0..<spec.positionCount {
                var head = spec.axis.label(at: i, language: language)
                if spec.axis.isTime { head = head.replacingSpaces(with: "\u{00A0}") }
                row(head, spec.series.map { series in series.value(at: i).map { f.formatExact($0, written: series.decimals(at: i)) } })
            }
        }
        out.raw("</tbody></table></div>")
        return out.text
    }
}

extension String {
    /// The string with every space replaced, so that "Jan 2026" never breaks across lines.
    func replacingSpaces(with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
