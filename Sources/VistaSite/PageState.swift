import VistaContent

/// What one page collects while it renders: diagnostics from its Markdown and embeds, what it was
/// made from (for incremental rebuilds), and a counter that gives every chart on the page its own id.
final class PageState {
    let route: PageRoute
    private(set) var diagnostics: [Diagnostic] = []
    /// What the page was made from, besides what every page depends on (see `Dependency`).
    private(set) var dependencies: Set<Dependency> = []
    private var chartCount = 0
    /// What the body's embeds have shown so far; the template leaves these out (see `BodySections`).
    var body = BodySections()
    /// The numbered addresses of the links written in the page's content, for print.
    var linkNotes = LinkNotes()
    /// Ids used on the page so far: the templates' own and every heading rendered.
    private(set) var usedIDs: Set<String> = PageState.templateIDs

    /// The ids the built-in templates give elements.
    static let templateIDs: Set<String> = ["main", "headline-title", "results-title", "proposals-title", "milestones-title",
                                           "tasks-title", "metrics-title", "cost-title", "recommendation-title", "questions-title",
                                           "question-why", "question-better", "question-obstacles", "question-where",
                                           "question-when", "question-who", "since-title", "changes-title",
                                           "snapshots-title", "decisions-title", "pending-title", "link-notes-title"]

    func use(_ ids: [String]) { usedIDs.formUnion(ids) }

    init(route: PageRoute) {
        self.route = route
    }

    /// A new id for a chart, unique within the page.
    func nextChartID() -> String {
        chartCount += 1
        return "vista-chart-\(chartCount)"
    }

    /// Records that the page was made from something that may change.
    func use(_ dependency: Dependency) { dependencies.insert(dependency) }

    /// Records that the page shows a content item: a task, metric, proposal or page, by its file.
    func use(file: String) { dependencies.insert(.file(file)) }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func report(_ more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
