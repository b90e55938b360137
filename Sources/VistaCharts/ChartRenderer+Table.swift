import VistaSupport

/// The chart's data as an HTML table, values with the decimals they were written with.
extension ChartRenderer {
    /// The same data as a `<table class="vista-chart-table" id="ID-table">` with the title as `<caption>`:
    /// a row per axis position and a column per series; a before-after chart gets a row per comparison,
    /// a waterfall a row per step. Missing values show "–" with "no data" for screen readers.
    /// The table sits in a `<div class="vista-table-scroll">` that scrolls sideways on narrow screens:
    /// a named region that keyboard users can focus to scroll it.
    public static func dataTable(_ spec: ChartSpec, id: String) -> String {
        let f = spec.formatter
        let words = spec.words
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
                    out.raw("<td><span aria-hidden=\"true\">–</span><span class=\"vista-sr-only\">" + words["chart.no_data"] + "</span></td>")
                }
            }
            out.raw("</tr>")
        }
        switch spec.kind {
        case .waterfall:
            let spans = spec.waterfallSpans
            header([words["chart.item"], unitName(f, words: words)])
            for (i, span) in spans.enumerated() {
                let total = i == 0 || i == spans.count - 1
                row(spec.axis.label(at: i, words: spec.periodWords), [total ? f.format(span.to) : f.formatChange(span.to - span.from)])
            }
            if let oneOff = spec.waterfallOneOff { row(spec.axis.label(at: oneOff.index, words: spec.periodWords), [f.format(oneOff.amount)]) }
        case .payback:
            header([words["chart.month"], spec.series.first?.name ?? unitName(f, words: words)])
            let series = spec.series.first
            for i in 0..<spec.positionCount {
                row(spec.axis.label(at: i, words: spec.periodWords), [series?.value(at: i).map { f.formatChange($0) }])
            }
        case .beforeAfter:
            let rows = Comparison.rows(of: spec)
            let names = dumbbellLegend(rows, words: words)
            header(["", names.0, names.1, words["chart.change"]])
            for r in rows {
                let change = r.before.flatMap { b in r.after.map { f.formatChange($0 - b) } }
                row(r.name, [r.before.map { f.formatExact($0) }, r.after.map { f.formatExact($0) }, change])
            }
        default:
            header([words[spec.axis.isTime ? "chart.period" : "chart.category"]] + spec.series.map(\.name))
            for i in 0..<spec.positionCount {
                var head = spec.axis.label(at: i, words: spec.periodWords)
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

extension ChartRenderer {
    /// The heading of a waterfall's value column: the currency code, `%`, or the unit in words.
    static func unitName(_ formatter: ValueFormatter, words: Catalogue) -> String {
        switch formatter.unit {
        case .hours: words["chart.unit_hours"]
        case .minutes: words["chart.unit_minutes"]
        case .count: words["chart.unit_count"]
        default: formatter.unitName
        }
    }
}
