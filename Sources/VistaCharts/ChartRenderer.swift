import VistaSupport

/// Renders chart specs as inline SVG, as data tables and as sentences.
public enum ChartRenderer {
    /// The chart as HTML-embeddable markup: a `<div class="vista-chart">` holding a wide and a narrow
    /// `<svg>` (ChartStyles.css shows one of them), each with `role="img"`, `<title>` and `<desc>`.
    /// A sparkline is a single small `<svg class="vista-sparkline">`.
    ///
    /// `id` must be unique within the page; every id inside the markup starts with it
    /// (characters other than letters, digits, `-` and `_` become `-`).
    public static func svg(_ spec: ChartSpec, id: String) -> String {
        let id = safeId(id)
        let description = describe(spec)
        if spec.kind == .sparkline { return Sparkline.svg(spec, id: id, description: description) }
        var drawn = spec
        var legend: (String, String)?
        if spec.kind == .beforeAfter {
            drawn = Comparison.rowSpec(of: spec)
            legend = dumbbellLegend(Comparison.rows(of: spec), words: spec.words)
        }
        var html = "<div class=\"vista-chart vista-chart-\(spec.kind.rawValue)\" id=\"\(id)\">"
        html.reserveCapacity(16_384)
        for frame in [ChartFrame.wide, ChartFrame.narrow] {
            let layout = ChartLayout.make(drawn.layoutRequest(dumbbellLegend: legend), spec: drawn, frame: frame)
            var canvas = ChartCanvas(spec: drawn, frame: frame, layout: layout, id: id)
            canvas.draw(description: description)
            html += canvas.out.text
        }
        html += "</div>"
        return html
    }

    /// The names of the before and after dots: the shared period (or series) labels, else "Baseline" and "Latest".
    static func dumbbellLegend(_ rows: [Comparison], words: Catalogue) -> (String, String) {
        let befores = Set(rows.map(\.beforeLabel)), afters = Set(rows.map(\.afterLabel))
        return (befores.count == 1 ? befores.first! : words["chart.baseline"],
                afters.count == 1 ? afters.first! : words["chart.latest"])
    }

    /// `id` with every character other than ASCII letters, digits, `-` and `_` replaced by `-`;
    /// "vista-chart" when nothing is left.
    static func safeId(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            let v = scalar.value
            let ok = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 45 || v == 95
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        return out.isEmpty ? "vista-chart" : out
    }
}
