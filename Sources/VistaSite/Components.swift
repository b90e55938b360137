import VistaCharts
import VistaContent

/// The building blocks several pages share, as template contexts: KPI tiles, the task table, chart
/// figures. Numbers are formatted here, once, from the model's figures.
struct Components {
    let graph: SiteGraph
    let charts: ChartFactory
    let markdown: MarkdownPipeline

    init(graph: SiteGraph, markdown: MarkdownPipeline) {
        self.graph = graph
        self.charts = ChartFactory(graph: graph)
        self.markdown = markdown
    }

    var format: SiteFormat { graph.format }

    /// A KPI tile: the latest value, the change since the baseline with its verdict, the target status, a sparkline.
    func tile(_ metric: Metric, state: PageState) -> [String: Any] {
        let figures = metric.figures()
        var tile: [String: Any] = ["title": metric.title, "href": state.route.link(to: .metric(metric.id))]
        guard let latest = figures.latest else {
            tile["value"] = "No data"
            return tile
        }
        tile["value"] = format.value(latest.value, unit: metric.unit)
        if let period = metric.data.periods?[latest.index] { tile["asOf"] = format.period(period) }
        if let change = figures.sinceBaseline {
            let verdict = figures.verdict(of: change)
            var changeContext: [String: Any] = [
                "text": format.change(change.absolute, unit: metric.unit),
                "verdict": verdict.rawValue,
                "arrow": change.absolute > 0 ? "▲" : (change.absolute < 0 ? "▼" : "▶"),
                "verdictLabel": verdict == .good ? "an improvement" : (verdict == .bad ? "a deterioration" : "no change"),
            ]
            if let percent = change.percent { changeContext["percent"] = format.percentChange(percent) }
            if let period = metric.data.periods?[change.from.index] { changeContext["since"] = format.period(period) }
            tile["change"] = changeContext
        }
        if let target = metric.target, let met = figures.targetMet {
            tile["target"] = ["text": format.value(target, unit: metric.unit), "met": met,
                              "label": met ? "Target met" : "Target not met"] as [String: Any]
        }
        if metric.data.periods != nil, metric.data.axis.count >= 2 {
            var spec = charts.spec(for: metric, kind: .sparkline, series: metric.data.series.first.map { [$0.key] } ?? [])
            spec.title = "Trend of \(metric.title.prefix(1).lowercased() + metric.title.dropFirst())"
            tile["sparkline"] = ChartRenderer.svg(spec, id: state.nextChartID())
        }
        return tile
    }

    /// The task table: frequency, cost now, recommendation, cost proposed and savings; sorted by
    /// saving, largest first, with a totals row.
    func taskTable(_ tasks: [TaskAnalysis], state: PageState) -> [String: Any] {
        let rows = tasks.compactMap { task in graph.figures[task.id].map { (task, $0) } }
            .sorted { ($0.1.savings, $1.0.id) > ($1.1.savings, $0.0.id) }
            .map { task, figures in taskRow(task, figures, state: state) }
        var totals = CostTotals()
        for task in tasks { if let figures = graph.figures[task.id] { totals.add(figures) } }
        return ["rows": rows, "totals": totalsContext(totals), "hasRows": !rows.isEmpty, "count": rows.count]
    }

    func taskRow(_ task: TaskAnalysis, _ figures: TaskFigures, state: PageState) -> [String: Any] {
        var row: [String: Any] = [
            "title": task.title, "href": state.route.link(to: .task(task.id)),
            "frequency": task.workload.frequency.map { frequencyLabel($0, runs: figures.current.runsPerYear) } ?? "—",
            "current": format.money(figures.current.costPerYear),
            "proposed": format.money(figures.proposed.costPerYear),
            "savings": format.money(figures.savings),
            "savingsHours": format.hours(figures.savingsHours),
            "action": task.recommendation.map { actionLabel($0.action) } ?? "Not analysed yet",
            "actionClass": task.recommendation?.action.rawValue ?? "open",
        ]
        if let percent = figures.savingsPercent { row["savingsPercent"] = format.percent(percent) }
        return row
    }

    /// The headline over a set of tasks: cost today, proposed, saving and its percentage.
    func totalsContext(_ totals: CostTotals) -> [String: Any] {
        var context: [String: Any] = [
            "current": format.money(totals.currentCost), "proposed": format.money(totals.proposedCost),
            "savings": format.money(totals.savings), "savingsHours": format.hours(totals.savingsHours),
            "currentHours": format.hours(totals.currentHours), "taskCount": "\(totals.taskCount)",
        ]
        if let percent = totals.savingsPercent {
            context["savingsPercent"] = format.percent(percent)
            context["changePercent"] = format.percentChange(-percent)
        }
        return context
    }

    /// A chart with its accessible description and its data as a table.
    func figure(_ spec: ChartSpec, state: PageState, tableOpen: Bool = false, caption: String? = nil) -> [String: Any] {
        let id = state.nextChartID()
        return ["id": id, "svg": ChartRenderer.svg(spec, id: id), "table": ChartRenderer.dataTable(spec, id: id + "-data"),
                "description": ChartRenderer.describe(spec), "caption": caption ?? spec.title, "tableOpen": tableOpen]
    }

    func frequencyLabel(_ frequency: Frequency, runs: Double) -> String {
        switch frequency {
        case .onDemand: "On demand (\(format.number(runs)) a year)"
        case .times(let count, let unit): "\(format.number(count)) per \(unit.rawValue)"
        default: frequency.description.prefix(1).uppercased() + frequency.description.dropFirst()
        }
    }

    func actionLabel(_ action: Recommendation.Action) -> String {
        action.rawValue.prefix(1).uppercased() + action.rawValue.dropFirst()
    }
}
