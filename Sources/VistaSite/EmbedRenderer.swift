import VistaContent
import VistaMarkdown

/// Draws the embeds of CONTENT.md in place of their fenced blocks: `chart`, `kpi`, `tasks`, `savings`.
struct EmbedRenderer {
    let graph: SiteGraph
    let components: Components
    let templates: TemplateSet

    /// The HTML for one embed, or nil (with diagnostics) when it is broken.
    func render(_ block: FencedCodeBlock, in text: MarkdownText, state: PageState) -> String? {
        let file = text.location.file
        let (parsed, diagnostics) = Embed.parse(kind: block.language, body: block.body, file: file,
                                                firstLine: block.bodyLine, column: block.column)
        state.report(diagnostics)
        guard let embed = parsed else { return "" }
        switch embed {
        case .chart(let chart):
            guard let metric = known(chart.metric, state: state) else { return "" }
            for key in chart.series where !metric.data.series.contains(where: { $0.key == key.value }) {
                state.report(.error(key.location, "the metric '\(metric.id)' has no series '\(key.value)'",
                                    hint: "its series are: \(metric.data.series.map(\.key).joined(separator: ", "))"))
            }
            for bound in [chart.from, chart.to].compactMap({ $0 }) where metric.data.isCategorical {
                state.report(.error(bound.location, "`from` and `to` need data over time, but '\(metric.id)' is categorical"))
            }
            if let type = chart.type, metric.data.isCategorical, type.value.needsTime {
                state.report(.error(type.location, "a \(type.value.rawValue) chart needs data over time, but '\(metric.id)' is categorical",
                                    hint: "draw it with type: bar, stacked or before-after"))
            }
            let spec = components.charts.spec(for: metric, kind: chart.type?.value, series: chart.series.map(\.value),
                                              from: chart.from?.value, to: chart.to?.value, title: chart.title)
            state.body.showChart(metric.id)
            return templates.render("chart", components.figure(spec, state: state))
        case .kpi(let references):
            let metrics = references.compactMap { reference -> Metric? in
                guard let metric = known(reference, state: state) else { return nil }
                if metric.data.isCategorical {
                    state.report(.error(reference.location, "'\(metric.id)' is categorical: a KPI tile needs data over time",
                                        hint: "show it with a chart embed instead"))
                    return nil
                }
                return metric
            }
            state.body.showTiles(metrics.map(\.id))
            return templates.render("kpi-tiles", KPITiles(tiles: metrics.map { components.tile($0, state: state) }))
        case .tasks(let selection):
            let tasks = tasks(selection, state: state)
            state.body.showTaskTable(tasks.map(\.id))
            return templates.render("task-table", components.taskTable(tasks, state: state))
        case .savings(let selection, let showsOneOff):
            let tasks = tasks(selection, state: state)
            state.body.showSavings(tasks.map(\.id))
            let spec = components.charts.waterfall(for: tasks, title: graph.format.words["chart.waterfall_title"], showsOneOff: showsOneOff)
            return templates.render("chart", components.figure(spec, state: state))
        case .payback(let chart):
            return payback(chart, file: file, state: state)
        }
    }

    /// A payback chart of the tasks it names, else of the proposal it is written in, else of every
    /// task. Tasks without a one-off cost have nothing to pay back: an error. A one-off cost that the
    /// saving never pays back is drawn as such, with a warning.
    private func payback(_ chart: Embed.PaybackEmbed, file: String, state: PageState) -> String {
        let tasks: [TaskAnalysis]
        if let selection = chart.tasks {
            tasks = self.tasks(selection, state: state)
        } else if let proposal = graph.content.proposals.first(where: { $0.file == file }) {
            for task in graph.tasks(of: proposal) { state.use(file: task.file) }
            if case .all = proposal.tasks { state.use(.all(.tasks)) }
            tasks = graph.tasks(of: proposal)
        } else {
            tasks = self.tasks(.all, state: state)
        }
        let payback = graph.totals(of: tasks).payback
        let money = components.format
        guard payback.oneOffCost > 0 else {
            state.report(.error(chart.location, "a payback chart needs a one-off cost, but \(tasks.count == 1 ? "its task has none" : "none of its \(tasks.count) tasks has one")",
                                hint: "give a recommendation one_off_cost or one_off_hours, or name the tasks that have one with tasks: [ID, …]"))
            return ""
        }
        if payback.months == nil {
            let saving = payback.savingsPerYear == 0 ? "saves nothing" : "costs \(money.money(-payback.savingsPerYear)) a year more than today's"
            state.report(.warning(chart.location, "the one-off cost of \(money.money(payback.oneOffCost)) never pays back: the proposed way \(saving)",
                                  hint: "the chart shows the cost growing; check the recommendations' figures"))
        }
        let spec = components.charts.payback(payback, title: chart.title, months: chart.months?.value)
        return templates.render("chart", components.figure(spec, state: state))
    }

    private func known(_ reference: Reference, state: PageState) -> Metric? {
        if let metric = graph.metric(reference.value) {
            state.use(file: metric.file)
            return metric
        }
        state.report(.error(reference.location, "unknown metric id '\(reference.value)' in an embed",
                            hint: "known metrics: \(graph.content.metrics.map(\.id).joined(separator: ", "))"))
        return nil
    }

    private func tasks(_ selection: Proposal.TaskSelection, state: PageState) -> [TaskAnalysis] {
        switch selection {
        case .all:
            state.use(.all(.tasks))
            return graph.content.tasks
        case .some(let references):
            return references.compactMap { reference in
                if let task = graph.task(reference.value) {
                    state.use(file: task.file)
                    return task
                }
                state.report(.error(reference.location, "unknown task id '\(reference.value)' in an embed"))
                return nil
            }
        }
    }
}
