/// `chart`: a chart with its accessible description and its data as a table.
struct ChartFigure: TemplateModel {
    var id = ""
    /// The chart's SVG.
    var svg = ""
    /// The data table's HTML.
    var table = ""
    /// The generated sentence that says what the chart shows.
    var description = ""
    var caption = ""
    /// The table is shown rather than folded into `<details>` (metric pages).
    var tableOpen = false
}
