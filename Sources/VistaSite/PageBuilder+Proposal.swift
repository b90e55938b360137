import VistaContent

extension PageBuilder {
    /// One proposal: status, people, the ask, milestones, savings over its tasks, tasks, metrics, body.
    func proposal(_ proposal: Proposal) -> Main {
        useTasks(of: proposal)
        let tasks = graph.tasks(of: proposal)
        let totals = graph.totals(of: proposal)
        let metrics = proposal.metrics.compactMap { graph.metric($0.value) }
        for metric in metrics { state.use(file: metric.file) }
        var model = ProposalPage(item: proposalItem(proposal))
        // The body first: what it embeds, the template leaves out (the rule of repeats, CONTENT.md).
        model.body = body(proposal.body)
        let shown = state.body
        model.ask = markdown.inline(proposal.ask, state: state)
        model.sponsor = proposal.sponsor ?? ""
        model.slidesHref = link(.slides(proposal.id))
        model.milestones = proposal.milestones.sorted { $0.date < $1.date }.map(milestone)
        model.hasMilestones = !proposal.milestones.isEmpty
        model.headline = headline(totals, scope: words.plural("proposal.scope", count: Double(tasks.count), countText: String(tasks.count)))
        model.hasTasks = !tasks.isEmpty
        let taskIDs = tasks.map(\.id)
        let waterfall = !tasks.isEmpty && !shown.hasSavings(covering: taskIDs)
        let taskTable = !tasks.isEmpty && !shown.hasTaskTable(covering: taskIDs)
        if waterfall {
            model.waterfall = templates.render("chart", components.figure(components.charts.waterfall(for: tasks, title: words["proposal.waterfall_title"]), state: state))
        }
        if taskTable { model.taskTable = templates.render("task-table", components.taskTable(tasks, state: state)) }
        model.hasTaskSection = waterfall || taskTable
        // A metric the body shows (as a tile or a chart) is the author's choice of how to show it: the template adds neither.
        let unshown = metrics.filter { !shown.metrics.contains($0.id) }
        let tiles = unshown.filter { !$0.data.isCategorical }.map { components.tile($0, state: state) }
        model.tiles = tiles
        model.hasTiles = !tiles.isEmpty
        model.hasFacts = proposal.owner != nil || proposal.sponsor != nil || proposal.ask != nil
        model.charts = unshown.map { templates.render("chart", components.figure(components.charts.spec(for: $0), state: state)) }
        model.hasMetrics = !unshown.isEmpty
        model.since = since(proposal)
        model.decisions = decisionLog(of: [proposal], withProposals: false)
        model.hasDecisions = !proposal.decisions.isEmpty
        if let asOf = graph.asOf { model.asOf = format.period(asOf) }
        let description = markdown.plain(proposal.summary)
        return Main(title: proposal.title, description: description.isEmpty ? proposal.title : description,
                    breadcrumbs: [(words["nav.home"], .home), (words["nav.proposals"], .proposals)], model: model)
    }

    /// A milestone with its state against the data's "as of" period: done, due, or overdue.
    func milestone(_ milestone: Proposal.Milestone) -> MilestoneItem {
        let state: (String, String)
        if milestone.done {
            state = ("done", words["proposal.milestone_done"])
        } else if let asOf = graph.asOf, milestone.date.lastDay < asOf.firstDay {
            state = ("overdue", words["proposal.milestone_overdue"])
        } else {
            state = ("due", words["proposal.milestone_due"])
        }
        return MilestoneItem(title: milestone.title, date: format.period(milestone.date), milestoneDatetime: milestone.date.htmlDateTime ?? "",
                             state: state.0, stateLabel: state.1)
    }
}
