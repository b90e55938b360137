import VistaContent

/// What one page collects while it renders: diagnostics from its Markdown and embeds, and a
/// counter that gives every chart on the page its own id.
final class PageState {
    let route: PageRoute
    private(set) var diagnostics: [Diagnostic] = []
    private var chartCount = 0
    /// Ids used on the page so far: the templates' own and every heading rendered.
    private(set) var usedIDs: Set<String> = PageState.templateIDs

    /// The ids the built-in templates give elements.
    static let templateIDs: Set<String> = ["main", "headline-title", "results-title", "proposals-title", "milestones-title",
                                           "tasks-title", "metrics-title", "cost-title", "recommendation-title", "questions-title",
                                           "question-why", "question-better", "question-obstacles", "question-where",
                                           "question-when", "question-who"]

    func use(_ ids: [String]) { usedIDs.formUnion(ids) }

    init(route: PageRoute) {
        self.route = route
    }

    /// A new id for a chart, unique within the page.
    func nextChartID() -> String {
        chartCount += 1
        return "vista-chart-\(chartCount)"
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func report(_ more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
