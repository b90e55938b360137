import VistaContent

/// What one page collects while it renders: diagnostics from its Markdown and embeds, and a
/// counter that gives every chart on the page its own id.
final class PageState {
    let route: PageRoute
    private(set) var diagnostics: [Diagnostic] = []
    private var chartCount = 0

    init(route: PageRoute) {
        self.route = route
    }

    /// A new id for a chart, unique within the page.
    func nextChartID() -> String {
        chartCount += 1
        return "chart-\(chartCount)"
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func report(_ more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
