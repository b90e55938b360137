import VistaCharts
import VistaContent
import VistaSupport

/// Turns metrics and tasks into chart specs for the chart library.
struct ChartFactory: Sendable {
    let graph: SiteGraph

    var style: NumberStyle { graph.format.style }
    var words: Catalogue { graph.format.words }

    /// The chart of a metric, optionally narrowed to some series and a period range.
    func spec(for metric: Metric, kind requested: Embed.ChartEmbed.Kind? = nil, series keys: [String] = [],
              from: Period? = nil, to: Period? = nil, title: String? = nil) -> ChartSpec {
        var rows = Array(0..<metric.data.axis.count)
        if let periods = metric.data.periods {
            rows = rows.filter { index in
                (from.map { periods[index].lastDay >= $0.firstDay } ?? true) && (to.map { periods[index].firstDay <= $0.lastDay } ?? true)
            }
        }
        let axis: ChartAxis
        switch metric.data.axis {
        case .periods(let periods): axis = .periods(rows.map { periods[$0].chartPeriod })
        case .categories(let categories): axis = .categories(rows.map { categories[$0] })
        }
        let chosen = keys.isEmpty ? metric.data.series : metric.data.series.filter { keys.contains($0.key) }
        let series = chosen.map { source in ChartSeries(key: source.key, name: source.name, values: rows.map { source.values[$0] },
                                                          decimals: rows.map { source.decimals(at: $0) }) }
        let baselineRow = metric.baseline.flatMap { metric.data.index(of: $0.value) }
        let events: [ChartEvent] = metric.data.periods.map { periods in
            metric.events.compactMap { event in
                guard let row = rows.firstIndex(where: { periods[$0].overlaps(event.period) }) else { return nil }
                return ChartEvent(position: row, label: event.label)
            }
        } ?? []
        return ChartSpec(kind: chartKind(requested, metric: metric), title: title ?? metric.title, axis: axis, series: series,
                         unit: metric.unit.chartUnit, direction: metric.better == .lower ? .lowerIsBetter : .higherIsBetter,
                         target: metric.target, baselineIndex: baselineRow.flatMap { rows.firstIndex(of: $0) },
                         events: events, numberStyle: style, words: words, periodWords: graph.format.periodWords)
    }

    private func chartKind(_ requested: Embed.ChartEmbed.Kind?, metric: Metric) -> ChartKind {
        switch requested {
        case nil: metric.data.isCategorical ? .bar : .line
        case .line: .line
        case .area: .area
        case .bar: .bar
        case .stacked: .stacked
        case .beforeAfter: .beforeAfter
        case .sparkline: .sparkline
        }
    }

    /// The savings waterfall: today's total, each task's saving as a step down, the proposed total.
    /// Tasks that save nothing are left out of the steps; the largest savings come first.
    /// When the tasks cost something once, that one-off cost follows as a bar of its own, unless
    /// `showsOneOff` is false.
    func waterfall(for tasks: [TaskAnalysis], title: String, showsOneOff: Bool = true) -> ChartSpec {
        let figures = tasks.compactMap { task in graph.figures[task.id].map { (task: task, figures: $0) } }
        let totals = graph.totals(of: tasks)
        let steps = figures.filter { $0.figures.savings != 0 }
            .sorted { ($0.figures.savings, $1.task.id) > ($1.figures.savings, $0.task.id) }
            .map { (label: $0.task.title, delta: -$0.figures.savings) }
        let oneOff = showsOneOff && totals.oneOffCost > 0 ? (label: words["chart.one_off_bar"], amount: totals.oneOffCost) : nil
        return ChartSpec.waterfall(title: title, startLabel: words["chart.start"], start: totals.currentCost, steps: steps,
                                   endLabel: words["chart.end"], oneOff: oneOff, unit: .currency(graph.content.site.currency),
                                   numberStyle: style, words: words, periodWords: graph.format.periodWords)
    }

    /// The payback line of a one-off cost and a yearly saving: cumulative net saving by month, for
    /// `months` months or as many as `Payback.chartMonths` chooses.
    func payback(_ payback: Payback, title: String?, months: Int?) -> ChartSpec {
        ChartSpec.payback(title: title ?? words["chart.payback_title"], seriesName: words["chart.payback_series"],
                          oneOffCost: payback.oneOffCost, savingsPerYear: payback.savingsPerYear,
                          months: months ?? payback.chartMonths, unit: .currency(graph.content.site.currency),
                          numberStyle: style, words: words, periodWords: graph.format.periodWords)
    }

    /// Where the hours go today: each task's person-hours per year (preparers and readers), as bars,
    /// largest first.
    func hoursByTask(_ tasks: [TaskAnalysis]) -> ChartSpec {
        // Rounded to tenths of an hour as everywhere on the site: the data table prints values as given.
        let rows = tasks.compactMap { task in graph.figures[task.id].map { (task.title, ($0.current.hoursPerYear * 10).rounded() / 10, task.id) } }
            .sorted { ($0.1, $1.2) > ($1.1, $0.2) }
        return ChartSpec(kind: .bar, title: words["chart.hours_title"], axis: .categories(rows.map(\.0)),
                         series: [ChartSeries(key: "hours", name: words["chart.hours_series"], values: rows.map { Optional($0.1) })],
                         unit: .hours, direction: .lowerIsBetter, numberStyle: style, words: words, periodWords: graph.format.periodWords)
    }

    /// A task's cost per year today against the proposed way, as a before-after chart.
    func beforeAfter(for task: TaskAnalysis) -> ChartSpec? {
        guard let figures = graph.figures[task.id] else { return nil }
        return ChartSpec(kind: .beforeAfter, title: words("chart.task_cost_title", ["task": task.title]),
                         axis: .categories([words["cost.today"], words["cost.proposed"]]),
                         series: [ChartSeries(key: "cost", name: words["cost.cost_per_year"],
                                              values: [figures.current.costPerYear.rounded(), figures.proposed.costPerYear.rounded()])],
                         unit: .currency(graph.content.site.currency), direction: .lowerIsBetter, numberStyle: style, words: words, periodWords: graph.format.periodWords)
    }
}
