import VistaCharts
import VistaContent

extension PageBuilder {
    /// The home page: the vision, the headline saving, results so far, highlight tiles, proposals.
    func home() -> Main {
        let vision = content.vision
        state.use(file: vision.file)
        state.use(.all(.proposals))
        state.use(.all(.tasks))
        let highlights = content.site.highlights.compactMap { graph.metric($0.value) }
        for metric in highlights { state.use(file: metric.file) }
        let results = highlights.filter { $0.figures().latest != nil }.map { metric in
            HomePage.Result(sentence: ChartRenderer.describe(components.charts.spec(for: metric)), href: link(.metric(metric.id)))
        }
        let proposals = content.proposals.sorted(by: Self.newestFirst).map(proposalItem)
        // The body first: highlight tiles it embeds already, the template leaves out (CONTENT.md).
        let bodyHTML = body(vision.body)
        let tiles = highlights.filter { !state.body.tiles.contains($0.id) }
        var model = HomePage(
            title: vision.title, summary: markdown.inline(vision.summary, state: state),
            headline: headline(graph.totals, scope: allTasksScope),
            hasHeadline: graph.totals.taskCount > 0,
            results: results, hasResults: !results.isEmpty,
            tiles: tiles.map { components.tile($0, state: state) }, hasTiles: !tiles.isEmpty,
            body: bodyHTML,
            proposals: proposals, hasProposals: !proposals.isEmpty,
            tasksHref: link(.tasks), dashboardHref: link(.dashboard))
        if let asOf = graph.asOf { model.asOf = format.period(asOf) }
        model.since = since()
        let description = markdown.plain(vision.summary)
        return Main(title: vision.title, description: description.isEmpty ? content.site.title : description, model: model)
    }

    /// The words after "over" in the site-wide headline.
    var allTasksScope: String {
        words.plural("home.scope_all", count: Double(graph.totals.taskCount), countText: String(graph.totals.taskCount))
    }

    /// The headline figure: what recurring work costs today, what the proposed way costs, the saving.
    func headline(_ totals: CostTotals, scope: String) -> Headline {
        Headline(totals: components.totals(totals), scope: scope, hasSavings: totals.savings != 0, tasksHref: link(.tasks))
    }
}
