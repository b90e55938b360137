import VistaSupport

/// Editorial checks over content that loaded: not mistakes in the format (the loader reports those)
/// but gaps in the analysis that a reader would notice. Every finding is a warning, printed by
/// `vista check`; `vista build` counts them.
///
/// - a task with questions of the six still open;
/// - a task without a recommendation;
/// - a task not costed yet (no `effort_hours`);
/// - a metric whose latest period lags the other metrics by more than two of its periods (stale);
/// - a proposal whose tasks save nothing.
public struct ContentChecks: Sendable {
    /// The content the checks read, drafts included.
    public let content: Content

    /// How many of its own periods a metric may lag behind the newest data before it is stale.
    public static let stalePeriods = 2

    /// Checks over content that loaded; `run()` makes the findings.
    public init(content: Content) {
        self.content = content
    }

    /// Every finding, sorted for display.
    public func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for task in content.tasks {
            diagnostics += check(task)
        }
        for metric in content.metrics {
            if let stale = staleness(of: metric) { diagnostics.append(stale) }
        }
        for proposal in content.proposals {
            if let saving = savingsCheck(of: proposal) { diagnostics.append(saving) }
        }
        diagnostics += historyChecks()
        return diagnostics.sortedForDisplay()
    }

    /// Open questions and a missing recommendation.
    func check(_ task: TaskAnalysis) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let open = task.openQuestions
        if !open.isEmpty {
            let keys = open.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            let count = open.count == 1 ? "1 of the six questions is" : "\(open.count) of the six questions are"
            diagnostics.append(.warning(task.questionsLocation ?? task.location, "\(count) still open: \(keys)",
                                        hint: "answer \(open.count == 1 ? "it" : "them") under questions:; until then the task page shows \(open.count == 1 ? "it" : "them") as open"))
        }
        if !task.isCosted {
            diagnostics.append(.warning(task.location, "the task is not costed yet: it has no `effort_hours`, so it counts 0 in every total",
                                        hint: "write effort_hours (and recipients and reading_minutes) to cost it"))
        }
        if task.recommendation == nil {
            diagnostics.append(.warning(task.location, "the task has no recommendation, so its proposed cost is today's cost",
                                        hint: "add recommendation: with action: keep, eliminate, merge, reduce, automate or redistribute"))
        }
        return diagnostics
    }

    /// A warning when the metric's latest period lags the newest period of the other metrics by
    /// more than `stalePeriods` periods of its own granularity.
    func staleness(of metric: Metric) -> Diagnostic? {
        guard let latest = metric.latestPeriod else { return nil }
        let others = content.metrics.filter { $0.id != metric.id }.compactMap(\.latestPeriod)
        guard let newest = others.max() else { return nil }
        let lag = Self.ordinal(ofDay: newest.lastDay, in: latest.granularity) - latest.ordinal
        guard lag > Self.stalePeriods else { return nil }
        let unit = lag == 1 ? latest.granularity.rawValue : latest.granularity.plural
        return .warning(metric.location, "the latest value is for \(latest), \(lag) \(unit) behind the other metrics (\(newest)): the metric looks stale",
                        hint: "add the newest data\(metric.dataFile.map { " to \($0)" } ?? ""), or check its periods")
    }

    /// A warning when a proposal covers tasks and, all together, they save nothing.
    func savingsCheck(of proposal: Proposal) -> Diagnostic? {
        let tasks = content.tasks(of: proposal)
        guard !tasks.isEmpty else { return nil }
        let totals = content.costModel.totals(for: tasks)
        guard totals.savings <= 0, totals.savingsHours <= 0 else { return nil }
        var location = proposal.location
        if case .some(let references) = proposal.tasks, let first = references.first { location = first.location }
        let which = tasks.count == 1 ? "its task saves" : "its \(tasks.count) tasks save"
        return .warning(location, "the proposal's tasks save nothing: \(which) no time and no money as recommended",
                        hint: "give the tasks recommendations that change their frequency, effort or recipients, or list other tasks under tasks:")
    }

    /// The running number (as `Period.ordinal` counts) of the period of a granularity that holds a day.
    static func ordinal(ofDay day: Int, in granularity: Period.Granularity) -> Int {
        let date = CivilDate.civil(from: day)
        switch granularity {
        case .year: return date.year
        case .quarter: return date.year * 4 + (date.month - 1) / 3
        case .month: return date.year * 12 + date.month - 1
        case .week: return Period.floorDiv(day - (CivilDate.isoWeekday(day) - 1), 7)
        case .day: return day
        }
    }
}
