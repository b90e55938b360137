extension SnapshotFigures {
    /// The figures the content shows now: what a snapshot taken now would keep. Draft proposals,
    /// which the published site leaves out, are left out; so are categorical metrics and metrics
    /// without data, which have no latest period.
    public init(content: Content) {
        let model = content.costModel
        let sorted = content.tasks.sorted(by: { $0.id < $1.id })
        let figures = sorted.map(model.figures(for:))
        let totals = CostTotals(figures, horizonYears: model.horizonYears)
        tasks = zip(sorted, figures).map { task, figures in
            TaskEntry(id: task.id, current: Self.cents(figures.current.costPerYear),
                      proposed: Self.cents(figures.proposed.costPerYear), action: task.recommendation?.action.rawValue)
        }
        self.totals = Totals(current: Self.cents(totals.currentCost), proposed: Self.cents(totals.proposedCost),
                             currentHours: Self.cents(totals.currentHours), proposedHours: Self.cents(totals.proposedHours))
        metrics = content.metrics.sorted(by: { $0.id < $1.id }).compactMap { metric in
            let figures = metric.figures()
            guard let latest = figures.latest, let period = metric.data.periods?[latest.index] else { return nil }
            return MetricEntry(id: metric.id, period: period, value: latest.value, target: metric.target, targetMet: figures.targetMet)
        }
        proposals = content.proposals.filter { $0.status != .draft }.sorted(by: { $0.id < $1.id }).map { proposal in
            ProposalEntry(id: proposal.id, status: proposal.status,
                          milestones: proposal.milestones.map { MilestoneEntry(title: $0.title, date: $0.date, done: $0.done) })
        }
    }
}
