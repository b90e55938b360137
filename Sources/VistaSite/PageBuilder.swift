import VistaCharts
import VistaContent
import VistaSupport

/// Builds the template model of one page's main content.
struct PageBuilder {
    let graph: SiteGraph
    let state: PageState
    let markdown: MarkdownPipeline
    let components: Components
    let embeds: EmbedRenderer
    let templates: TemplateSet

    /// A page's main content: its title and description for the head, its breadcrumbs, its model.
    struct Main {
        var title: String
        var description: String
        var breadcrumbs: [(title: String, route: PageRoute)] = []
        var model: any TemplateModel
        /// Speaker notes by section, for a deck of slides (never written into a file; see `SiteRenderer.Output`).
        var notes: [Int: String] = [:]
    }

    var content: Content { graph.content }
    var format: SiteFormat { graph.format }
    var words: Catalogue { graph.format.words }

    func main(for kind: PageKind) -> Main {
        switch kind {
        case .home: home()
        case .proposals: proposals()
        case .tasks: tasksIndex()
        case .dashboard: dashboard()
        case .notFound: notFound()
        case .changes: changes()
        case .proposal(let proposal): self.proposal(proposal)
        case .slides(let proposal): slides(proposal)
        case .task(let task): self.task(task)
        case .metric(let metric): self.metric(metric)
        case .page(let page): self.page(page)
        }
    }

    /// Markdown with embeds, for bodies.
    func body(_ text: MarkdownText) -> String {
        markdown.render(text, state: state, embeds: { block, text in embeds.render(block, in: text, state: state) }).html
    }

    func link(_ route: PageRoute) -> String { state.route.link(to: route) }

    private func page(_ page: Page) -> Main {
        state.use(file: page.file)
        return Main(title: page.title, description: markdown.plain(page.summary),
             breadcrumbs: [(words["nav.home"], .home)],
             model: ContentPage(title: page.title, summary: markdown.inline(page.summary, state: state), body: body(page.body)))
    }

    private func notFound() -> Main {
        let root = graph.hasFullBaseURL ? graph.baseURL : graph.basePath
        return Main(title: words["not_found.title"], description: words["not_found.description"],
                    model: NotFoundPage(title: words["not_found.title"], homeTitle: content.site.title, homeHref: root + PageRoute.home.file))
    }

    /// A proposal as a list item: title, status badge, summary, owner and date.
    func proposalItem(_ proposal: Proposal) -> ProposalItem {
        useTasks(of: proposal)
        var item = ProposalItem(
            title: proposal.title, href: link(.proposal(proposal.id)), status: words["status." + proposal.status.wordKey],
            statusClass: proposal.status.rawValue, summary: markdown.inline(proposal.summary, state: state),
            owner: proposal.owner ?? "")
        if let date = proposal.date { item.date = format.period(date); item.datetime = date.htmlDateTime ?? "" }
        let totals = graph.totals(of: proposal)
        if totals.savings != 0 { item.savings = format.money(totals.savings) }
        return item
    }

    private func proposals() -> Main {
        state.use(.all(.proposals))
        let items = content.proposals.sorted(by: Self.newestFirst).map(proposalItem)
        return Main(title: words["proposals.title"], description: words("proposals.description", ["site": content.site.title]),
                    breadcrumbs: [(words["nav.home"], .home)],
                    model: ProposalsPage(title: words["proposals.title"], proposals: items, hasProposals: !items.isEmpty))
    }

    /// Records that the page shows a proposal and figures over its tasks.
    func useTasks(of proposal: Proposal) {
        state.use(file: proposal.file)
        if case .all = proposal.tasks { state.use(.all(.tasks)) }
        for task in graph.tasks(of: proposal) { state.use(file: task.file) }
    }

    /// Newest first by date, then by title.
    static func newestFirst(_ a: Proposal, _ b: Proposal) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: x > y
        case (.some, nil): true
        case (nil, .some): false
        default: a.title < b.title
        }
    }
}
