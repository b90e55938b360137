import VistaContent

extension PageBuilder {
    /// Every metric: a tile and a chart each.
    func dashboard() -> Main {
        state.use(.all(.metrics))
        let items = content.metrics.map { metric -> DashboardPage.Card in
            // One series over time reads best as an area; several as lines; categories as bars.
            let kind: Embed.ChartEmbed.Kind? = metric.data.isCategorical ? nil : (metric.data.series.count == 1 ? .area : .line)
            var item = DashboardPage.Card(title: metric.title, href: link(.metric(metric.id)),
                                          chart: templates.render("chart", components.figure(components.charts.spec(for: metric, kind: kind), state: state)))
            if !metric.data.isCategorical { item.tile = components.tile(metric, state: state) }
            return item
        }
        let tiles = items.compactMap(\.tile)
        var model = DashboardPage(title: words["dashboard.title"], tiles: tiles, hasTiles: !tiles.isEmpty, metrics: items, hasMetrics: !items.isEmpty)
        if let asOf = graph.asOf { model.asOf = format.period(asOf) }
        return Main(title: words["dashboard.title"], description: words("dashboard.description", ["site": content.site.title]),
                    breadcrumbs: [(words["nav.home"], .home)], model: model)
    }

    /// One metric: the chart with target and events, the computed figures, the data table, the CSV.
    func metric(_ metric: Metric) -> Main {
        state.use(file: metric.file)
        let spec = components.charts.spec(for: metric)
        var model = MetricPage(title: metric.title, description: markdown.block(metric.description, state: state),
                               chart: templates.render("chart", components.figure(spec, state: state, tableOpen: true)),
                               csvHref: state.route.toRoot + "metrics/\(metric.id).csv", csvName: "\(metric.id).csv")
        var figures: [MetricPage.Figure] = []
        let computed = metric.figures()
        if !metric.data.isCategorical, let latest = computed.latest {
            let periods = metric.data.periods ?? []
            figures.append(MetricPage.Figure(label: words["metric.latest"], value: format.value(latest.value, unit: metric.unit), note: format.period(periods[latest.index])))
            if let change = computed.sinceBaseline {
                figures.append(changeFigure(words("metric.since", ["period": format.period(periods[change.from.index])]), change, computed, unit: metric.unit))
            }
            if let change = computed.sincePrevious {
                figures.append(changeFigure(words("metric.since", ["period": format.period(periods[change.from.index])]), change, computed, unit: metric.unit))
            }
            if let target = metric.target, let met = computed.targetMet {
                figures.append(MetricPage.Figure(label: words["metric.target"], value: format.value(target, unit: metric.unit), note: words[met ? "metric.met" : "metric.not_met_yet"],
                                                 verdict: met ? "good" : "bad"))
            }
        }
        model.figures = figures
        model.hasFigures = !figures.isEmpty
        model.better = words[metric.better == .lower ? "metric.lower_is_better" : "metric.higher_is_better"]
        model.events = metric.events.map { MetricPage.Event(date: format.period($0.period), label: $0.label) }
        model.hasEvents = !metric.events.isEmpty
        // A back-reference, like a task's proposals.
        let proposals = graph.proposalsByMetric[metric.id] ?? []
        for proposal in proposals { state.use(file: proposal.file) }
        model.proposals = proposals.map { LinkItem(title: $0.title, href: link(.proposal($0.id))) }
        model.hasProposals = !proposals.isEmpty
        let description = markdown.plain(metric.description)
        return Main(title: metric.title, description: description.isEmpty ? metric.title : description,
                    breadcrumbs: [(words["nav.home"], .home), (words["nav.dashboard"], .dashboard)], model: model)
    }

    private func changeFigure(_ label: String, _ change: MetricFigures.Change, _ figures: MetricFigures, unit: MetricUnit) -> MetricPage.Figure {
        var note = change.percent.map { format.percentChange($0) } ?? ""
        let verdict = figures.verdict(of: change)
        note += verdict == .good ? words[note.isEmpty ? "metric.better" : "metric.and_better"] : verdict == .bad ? words[note.isEmpty ? "metric.worse" : "metric.and_worse"] : ""
        return MetricPage.Figure(label: label, value: format.change(change.absolute, unit: unit), note: note, verdict: verdict.rawValue)
    }
}
