import VistaCharts
import VistaContent
import VistaSupport

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
    var words: Catalogue { graph.format.words }

    /// A KPI tile: the latest value, the change since the baseline with its verdict, the target status, a sparkline.
    func tile(_ metric: Metric, state: PageState) -> [String: Any] {
        state.use(file: metric.file)
        let figures = metric.figures()
        var tile: [String: Any] = ["title": metric.title, "href": state.route.link(to: .metric(metric.id))]
        guard let latest = figures.latest else {
            tile["value"] = words["tile.no_data"]
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
                "verdictLabel": words[verdict == .good ? "tile.improvement" : (verdict == .bad ? "tile.deterioration" : "tile.no_change")],
            ]
            if let percent = change.percent { changeContext["percent"] = format.percentChange(percent) }
            if let period = metric.data.periods?[change.from.index] { changeContext["since"] = format.period(period) }
            tile["change"] = changeContext
        }
        if let target = metric.target, let met = figures.targetMet {
            tile["target"] = ["text": format.value(target, unit: metric.unit), "met": met,
                              "label": words[met ? "tile.target_met" : "tile.target_not_met"]] as [String: Any]
        }
        if metric.data.periods != nil, metric.data.axis.count >= 2 {
            var spec = charts.spec(for: metric, kind: .sparkline, series: metric.data.series.first.map { [$0.key] } ?? [])
            spec.title = words("metric.trend_title", ["metric": metric.title, "metricLower": metric.title.prefix(1).lowercased() + metric.title.dropFirst()])
            tile["sparkline"] = ChartRenderer.svg(spec, id: state.nextChartID())
        }
        return tile
    }

    /// The task table: frequency, cost now, recommendation, cost proposed and savings; sorted by
    /// saving, largest first, with a totals row.
    func taskTable(_ tasks: [TaskAnalysis], state: PageState) -> [String: Any] {
        for task in tasks { state.use(file: task.file) }
        let rows = tasks.compactMap { task in graph.figures[task.id].map { (task, $0) } }
            .sorted { ($0.1.savings, $1.0.id) > ($1.1.savings, $0.0.id) }
            .map { task, figures in taskRow(task, figures, state: state) }
        let totals = graph.totals(of: tasks)
        return ["rows": rows, "totals": totalsContext(totals), "hasRows": !rows.isEmpty, "count": rows.count,
                "showOneOff": totals.payback.hasOneOff]
    }

    func taskRow(_ task: TaskAnalysis, _ figures: TaskFigures, state: PageState) -> [String: Any] {
        var row: [String: Any] = [
            "title": task.title, "href": state.route.link(to: .task(task.id)),
            "frequency": task.workload.frequency.map { frequencyLabel($0, runs: figures.current.runsPerYear) } ?? "—",
            "current": format.money(figures.current.costPerYear),
            "proposed": format.money(figures.proposed.costPerYear),
            "savings": format.money(figures.savings),
            "savingsHours": format.hours(figures.savingsHours),
            "action": task.recommendation.map { actionLabel($0.action) } ?? words["task.not_analysed_yet"],
            "actionClass": task.recommendation?.action.rawValue ?? "open",
        ]
        if let percent = figures.savingsPercent { row["savingsPercent"] = format.percent(percent) }
        row["notCosted"] = !figures.isCosted
        row.merge(paybackContext(figures.payback)) { $1 }
        return row
    }

    /// The one-off cost, when it pays back and the net over the horizon, for a task or a total.
    func paybackContext(_ payback: Payback) -> [String: Any] {
        var context: [String: Any] = [
            "hasOneOff": payback.hasOneOff, "oneOff": format.money(payback.oneOffCost),
            "net": format.money(payback.netOverHorizon), "netNegative": payback.netOverHorizon.rounded() < 0,
            "horizon": words.plural("cost.years", count: payback.horizonYears, countText: format.number(payback.horizonYears)),
        ]
        if let months = payback.wholeMonths {
            context["paybackMonths"] = words.plural("cost.months", count: Double(max(months, 1)), countText: format.number(Double(max(months, 1))))
        }
        return context
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
        context["taskCountLabel"] = words.plural("tasks.count", count: Double(totals.taskCount), countText: format.number(Double(totals.taskCount)))
        context.merge(paybackContext(totals.payback)) { $1 }
        if totals.notCostedCount > 0 {
            context["notCostedLabel"] = words.plural("headline.not_costed", count: Double(totals.notCostedCount), countText: format.number(Double(totals.notCostedCount)))
        }
        // What the proposed way does to money and time, as the headline sentence says it; a proposal
        // can also cost more (a licence for an automation) or take more hours. Signs are taken from
        // the figures as printed (whole money units, hours as `SiteFormat.hours` shows them).
        func sign(_ x: Double) -> Int { x > 0 ? 1 : (x < 0 ? -1 : 0) }
        let money = sign(totals.savings.rounded())
        let hours = format.hours(abs(totals.savingsHours)) == format.hours(0) ? 0 : sign(totals.savingsHours)
        context["costsMore"] = money < 0
        context["extraCost"] = format.money(-totals.savings)
        context["outcome"] = Self.outcome(words: words, money: format.money(abs(totals.savings)), moneySign: money,
                                          hours: format.hours(abs(totals.savingsHours)), hoursSign: hours)
        return context
    }

    /// The headline's words for the change in money and in hours (sign 1: saved, 0: none, −1: more):
    /// "saving <strong>$91,181</strong> and 1,482 h of work a year".
    static func outcome(words: Catalogue, money: String, moneySign: Int, hours: String, hoursSign: Int) -> String {
        let values = ["amount": "<strong>" + HTML.escape(money) + "</strong>", "time": HTML.escape(hours)]
        let key: String
        switch (moneySign, hoursSign) {
        case (1, 1): key = "saving_money_and_time"
        case (1, 0): key = "saving_money"
        case (1, _): key = "saving_money_adding_time"
        case (0, 1): key = "saving_time"
        case (0, 0): key = "saving_nothing"
        case (0, _): key = "adding_time"
        case (_, 1): key = "saving_time_costing_money"
        case (_, 0): key = "costing_money"
        default: key = "costing_money_and_time"
        }
        return words("headline.outcome." + key, values)
    }

    /// A chart with its accessible description and its data as a table.
    func figure(_ spec: ChartSpec, state: PageState, tableOpen: Bool = false, caption: String? = nil) -> [String: Any] {
        let id = state.nextChartID()
        return ["id": id, "svg": ChartRenderer.svg(spec, id: id), "table": ChartRenderer.dataTable(spec, id: id + "-data"),
                "description": ChartRenderer.describe(spec), "caption": caption ?? spec.title, "tableOpen": tableOpen]
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
