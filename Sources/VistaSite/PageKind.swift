import VistaContent

/// Every page a build writes.
/// Indirect: the items are large values, and pages are listed, copied and switched over often.
indirect enum PageKind: Sendable {
    case home, proposals, tasks, dashboard, notFound, changes
    case proposal(Proposal)
    /// A proposal as a deck of slides.
    case slides(Proposal)
    case task(TaskAnalysis)
    case metric(Metric)
    case page(Page)

    var route: PageRoute {
        switch self {
        case .home: .home
        case .proposals: .proposals
        case .tasks: .tasks
        case .dashboard: .dashboard
        case .notFound: .home
        case .changes: .changes
        case .proposal(let proposal): .proposal(proposal.id)
        case .slides(let proposal): .slides(proposal.id)
        case .task(let task): .task(task.id)
        case .metric(let metric): .metric(metric.id)
        case .page(let page): .page(page.id)
        }
    }

    /// The file written for the page.
    var file: String {
        if case .notFound = self { return "404.html" }
        return route.file
    }

    /// The template that draws the page's main content.
    var template: String {
        switch self {
        case .home: "home"
        case .proposals: "proposals"
        case .tasks: "tasks"
        case .dashboard: "dashboard"
        case .notFound: "404"
        case .changes: "changes"
        case .proposal: "proposal"
        case .slides: "slides"
        case .task: "task"
        case .metric: "metric"
        case .page: "page"
        }
    }

    /// The navigation id the page belongs to (marked as current in the navigation).
    var section: String {
        switch self {
        case .home, .notFound: "home"
        case .changes: "changes"
        case .proposals, .proposal, .slides: "proposals"
        case .tasks, .task: "tasks"
        case .dashboard, .metric: "dashboard"
        case .page(let page): page.id
        }
    }

    /// All pages of a site.
    static func all(in content: Content) -> [PageKind] {
        var pages: [PageKind] = [.home, .proposals, .tasks, .dashboard, .notFound, .changes]
        pages += content.proposals.map(PageKind.proposal)
        pages += content.proposals.map(PageKind.slides)
        pages += content.tasks.map(PageKind.task)
        pages += content.metrics.map(PageKind.metric)
        pages += content.pages.map(PageKind.page)
        return pages
    }
}
