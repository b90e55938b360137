import VistaCharts
import VistaContent
import VistaSupport

/// The building blocks several pages share, as template models: KPI tiles, the task table, chart
/// figures, the figures over a set of tasks. Numbers are formatted here, once, from the model's figures.
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
    var words: Catalogue { graph.format.words }

    /// A KPI tile: the latest value, the change since the baseline with its verdict, the target status, a sparkline.
    func tile(_ metric: Metric, state: PageState) -> KPITile {
        state.use(file: metric.file)
        let figures = metric.figures()
        var tile = KPITile(title: metric.title, href: state.route.link(to: .metric(metric.id)))
        guard let latest = figures.latest else {
            tile.value = words["tile.no_data"]
            return tile
        }
        tile.value = format.value(latest.value, unit: metric.unit)
        if let period = metric.data.periods?[latest.index] { tile.asOf = format.period(period) }
        if let change = figures.sinceBaseline {
            let verdict = figures.verdict(of: change)
            var changeModel = KPITile.Change(
                text: format.change(change.absolute, unit: metric.unit),
                verdict: verdict.rawValue,
                arrow: change.absolute > 0 ? "▲" : (change.absolute < 0 ? "▼" : "▶"),
                verdictLabel: words[verdict == .good ? "tile.improvement" : (verdict == .bad ? "tile.deterioration" : "tile.no_change")])
            if let percent = change.percent { changeModel.percent = format.percentChange(percent) }
            if let period = metric.data.periods?[change.from.index] { changeModel.since = format.period(period) }
            tile.change = changeModel
        }
        if let target = metric.target, let met = figures.targetMet {
            tile.target = KPITile.Target(text: format.value(target, unit: metric.unit), met: met,
                                         label: words[met ? "tile.target_met" : "tile.target_not_met"])
        }
        if metric.data.periods != nil, metric.data.axis.count >= 2 {
            var spec = charts.spec(for: metric, kind: .sparkline, series: metric.data.series.first.map { [$0.key] } ?? [])
            spec.title = words("metric.trend_title", ["metric": metric.title, "metricLower": metric.title.prefix(1).lowercased() + metric.title.dropFirst()])
            tile.sparkline = ChartRenderer.svg(spec, id: state.nextChartID())
        }
        return tile
    }

    /// The task table: frequency, cost now, recommendation, cost proposed and savings; sorted by
    /// saving, largest first, with a totals row.
    func taskTable(_ tasks: [TaskAnalysis], state: PageState) -> TaskTable {
        for task in tasks { state.use(file: task.file) }
        let rows = tasks.compactMap { task in graph.figures[task.id].map { (task, $0) } }
            .sorted { ($0.1.savings, $1.0.id) > ($1.1.savings, $0.0.id) }
            .map { task, figures in taskRow(task, figures, state: state) }
        let totals = graph.totals(of: tasks)
        return TaskTable(rows: rows, totals: self.totals(totals), hasRows: !rows.isEmpty, count: rows.count,
                         showOneOff: totals.payback.hasOneOff)
    }

    func taskRow(_ task: TaskAnalysis, _ figures: TaskFigures, state: PageState) -> TaskTable.Row {
        var row = TaskTable.Row(
            title: task.title, href: state.route.link(to: .task(task.id)),
            frequency: task.workload.frequency.map { frequencyLabel($0, runs: figures.current.runsPerYear) } ?? "—",
            current: format.money(figures.current.costPerYear),
            proposed: format.money(figures.proposed.costPerYear),
            savings: format.money(figures.savings),
            savingsHours: format.hours(figures.savingsHours),
            action: task.recommendation.map { actionLabel($0.action) } ?? words["task.not_analysed_yet"],
            actionClass: task.recommendation?.action.rawValue ?? "open")
        if let percent = figures.savingsPercent { row.savingsPercent = format.percent(percent) }
        row.notCosted = !figures.isCosted
        row.payback = paybackFigures(figures.payback)
        return row
    }

    /// The one-off cost, when it pays back and the net over the horizon, for a task or a total.
    func paybackFigures(_ payback: Payback) -> PaybackFigures {
        var figures = PaybackFigures(
            hasOneOff: payback.hasOneOff, oneOff: format.money(payback.oneOffCost),
            net: format.money(payback.netOverHorizon), netNegative: payback.netOverHorizon.rounded() < 0,
            horizon: words.plural("cost.years", count: payback.horizonYears, countText: format.number(payback.horizonYears)))
        if let months = payback.wholeMonths {
            figures.paybackMonths = words.plural("cost.months", count: Double(max(months, 1)), countText: format.number(Double(max(months, 1))))
        }
        return figures
    }

    /// The headline figures over a set of tasks: cost today, proposed, saving and its percentage.
    func totals(_ totals: CostTotals) -> Totals {
        var model = Totals(
            current: format.money(totals.currentCost), proposed: format.money(totals.proposedCost),
            savings: format.money(totals.savings), savingsHours: format.hours(totals.savingsHours),
            currentHours: format.hours(totals.currentHours), taskCount: "\(totals.taskCount)")
        if let percent = totals.savingsPercent {
            model.savingsPercent = format.percent(percent)
            model.changePercent = format.percentChange(-percent)
        }
        model.taskCountLabel = words.plural("tasks.count", count: Double(totals.taskCount), countText: format.number(Double(totals.taskCount)))
        model.payback = paybackFigures(totals.payback)
        if totals.notCostedCount > 0 {
            model.notCostedLabel = words.plural("headline.not_costed", count: Double(totals.notCostedCount), countText: format.number(Double(totals.notCostedCount)))
        }
        // What the proposed way does to money and time, as the headline sentence says it; a proposal
        // can also cost more (a licence for an automation) or take more hours. Signs are taken from
        // the figures as printed (whole money units, hours as `SiteFormat.hours` shows them).
        func sign(_ x: Double) -> Int { x > 0 ? 1 : (x < 0 ? -1 : 0) }
        let money = sign(totals.savings.rounded())
        let hours = format.hours(abs(totals.savingsHours)) == format.hours(0) ? 0 : sign(totals.savingsHours)
        model.costsMore = money < 0
        model.extraCost = format.money(-totals.savings)
        model.outcome = Totals.Outcome(money: format.money(abs(totals.savings)), moneySign: money,
                                       hours: format.hours(abs(totals.savingsHours)), hoursSign: hours, words: words)
        return model
    }

    /// A chart with its accessible description and its data as a table.
    func figure(_ spec: ChartSpec, state: PageState, tableOpen: Bool = false, caption: String? = nil) -> ChartFigure {
        let id = state.nextChartID()
        return ChartFigure(id: id, svg: ChartRenderer.svg(spec, id: id), table: ChartRenderer.dataTable(spec, id: id + "-data"),
                           description: ChartRenderer.describe(spec), caption: caption ?? spec.title, tableOpen: tableOpen)
    }

    func frequencyLabel(_ frequency: Frequency, runs: Double) -> String {
        switch frequency {
        case .onDemand: words("frequency.on_demand", ["runs": format.number(runs)])
        case .times(let count, let unit): words("frequency.per_" + unit.rawValue, ["count": format.number(count)])
        default: words["frequency." + frequency.description]
        }
    }

    func actionLabel(_ action: Recommendation.Action) -> String {
        words["action." + action.rawValue]
    }
}
