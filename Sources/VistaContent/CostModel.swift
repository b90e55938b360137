/// The cost model of CONTENT.md: what each task costs a year today, what it would cost the
/// recommended way, the savings, the one-off cost of the change and when it pays back.
public struct CostModel: Sendable {
    /// The site's cost of one person-hour, used for tasks without their own.
    public var hourlyRate: Double
    /// Hourly rates by team (`rates:` in site.yaml), picked by a task's or a recommendation's `team:`.
    public var rates: [String: Double]
    /// The years over which the net saving is counted (`horizon_years`, default 3).
    public var horizonYears: Double

    /// A model from the site's settings; no team rates and a horizon of 3 years when left out.
    public init(hourlyRate: Double, rates: [String: Double] = [:], horizonYears: Double = 3) {
        self.hourlyRate = hourlyRate
        self.rates = rates
        self.horizonYears = horizonYears
    }

    /// The rate of a task's work today: its own `hourly_rate`, else its team's, else the site's.
    public func rate(of task: TaskAnalysis) -> Double {
        task.hourlyRate ?? task.team.flatMap { rates[$0.value] } ?? hourlyRate
    }

    /// The rate of the proposed way: the recommendation's own `hourly_rate`, else its team's, else
    /// the task's rate today.
    public func proposedRate(of task: TaskAnalysis) -> Double {
        let recommendation = task.recommendation
        return recommendation?.hourlyRate ?? recommendation?.team.flatMap { rates[$0.value] } ?? rate(of: task)
    }

    /// The figures of one task. A task without `effort_hours` is not costed yet: it counts 0.
    public func figures(for task: TaskAnalysis) -> TaskFigures {
        let rate = rate(of: task)
        let proposedRate = proposedRate(of: task)
        guard task.isCosted else {
            return TaskFigures(taskID: task.id, hourlyRate: rate, proposedRate: proposedRate, current: .zero, proposed: .zero,
                               isCosted: false, horizonYears: horizonYears)
        }
        let current = CostLine(workload: task.workload, hourlyRate: rate)
        let proposed: CostLine
        switch task.recommendation {
        case nil:
            proposed = current
        case .some(let recommendation) where recommendation.action == .keep:
            proposed = current
        case .some(let recommendation) where recommendation.action.removesTask:
            proposed = .zero
        case .some(let recommendation):
            proposed = CostLine(workload: recommendation.changes.applied(to: task.workload), hourlyRate: proposedRate)
        }
        let oneOffHours = task.recommendation?.oneOffHours ?? 0
        let oneOff = (task.recommendation?.oneOffCost ?? 0) + oneOffHours * rate
        return TaskFigures(taskID: task.id, hourlyRate: rate, proposedRate: proposedRate, current: current, proposed: proposed,
                           oneOffCost: oneOff, oneOffHours: oneOffHours, horizonYears: horizonYears)
    }

    /// The totals over a set of tasks.
    public func totals<S: Sequence>(for tasks: S) -> CostTotals where S.Element == TaskAnalysis {
        CostTotals(tasks.map(figures(for:)), horizonYears: horizonYears)
    }
}

/// One side of the comparison: runs, hours and money per year.
public struct CostLine: Sendable, Hashable {
    /// Runs per year; 0 when the task is gone or not costed yet.
    public var runsPerYear: Double
    /// Person-hours per run: the preparer's effort and every recipient's reading.
    public var hoursPerRun: Double
    /// Person-hours per year: runs × hours per run.
    public var hoursPerYear: Double
    /// Money per year in the site's currency, `extra_cost_per_year` included.
    public var costPerYear: Double

    /// Nothing at all: the proposed way of a task eliminated or merged, and both ways of a task not costed yet.
    public static let zero = CostLine(runsPerYear: 0, hoursPerRun: 0, hoursPerYear: 0, costPerYear: 0)

    /// A line from its four figures, taken as given.
    public init(runsPerYear: Double, hoursPerRun: Double, hoursPerYear: Double, costPerYear: Double) {
        self.runsPerYear = runsPerYear
        self.hoursPerRun = hoursPerRun
        self.hoursPerYear = hoursPerYear
        self.costPerYear = costPerYear
    }

    /// A workload's line, its hours priced at an hourly rate.
    public init(workload: Workload, hourlyRate: Double) {
        self.init(runsPerYear: workload.runs, hoursPerRun: workload.hoursPerRun,
                  hoursPerYear: workload.hoursPerYear, costPerYear: workload.costPerYear(hourlyRate: hourlyRate))
    }
}
