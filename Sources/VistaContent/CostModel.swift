/// The cost model of CONTENT.md: what each task costs a year today, what it would cost the
/// recommended way, and the savings.
public struct CostModel: Sendable {
    /// The site's cost of one person-hour, used for tasks without their own.
    public var hourlyRate: Double

    public init(hourlyRate: Double) {
        self.hourlyRate = hourlyRate
    }

    /// The figures of one task.
    public func figures(for task: TaskAnalysis) -> TaskFigures {
        let rate = task.hourlyRate ?? hourlyRate
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
            proposed = CostLine(workload: recommendation.changes.applied(to: task.workload), hourlyRate: rate)
        }
        return TaskFigures(taskID: task.id, hourlyRate: rate, current: current, proposed: proposed)
    }

    /// The totals over a set of tasks.
    public func totals<S: Sequence>(for tasks: S) -> CostTotals where S.Element == TaskAnalysis {
        var totals = CostTotals()
        for task in tasks { totals.add(figures(for: task)) }
        return totals
    }
}

/// One side of the comparison: runs, hours and money per year.
public struct CostLine: Sendable, Hashable {
    public var runsPerYear: Double
    public var hoursPerRun: Double
    public var hoursPerYear: Double
    public var costPerYear: Double

    public static let zero = CostLine(runsPerYear: 0, hoursPerRun: 0, hoursPerYear: 0, costPerYear: 0)

    public init(runsPerYear: Double, hoursPerRun: Double, hoursPerYear: Double, costPerYear: Double) {
        self.runsPerYear = runsPerYear
        self.hoursPerRun = hoursPerRun
        self.hoursPerYear = hoursPerYear
        self.costPerYear = costPerYear
    }

    public init(workload: Workload, hourlyRate: Double) {
        self.init(runsPerYear: workload.runs, hoursPerRun: workload.hoursPerRun,
                  hoursPerYear: workload.hoursPerYear, costPerYear: workload.costPerYear(hourlyRate: hourlyRate))
    }
}

/// A task's cost today and proposed, and the savings.
public struct TaskFigures: Sendable, Hashable {
    public var taskID: String
    public var hourlyRate: Double
    public var current: CostLine
    public var proposed: CostLine

    public var savings: Double { current.costPerYear - proposed.costPerYear }
    public var savingsHours: Double { current.hoursPerYear - proposed.hoursPerYear }
    /// Savings as a percentage of today's cost; nil when today's cost is zero.
    public var savingsPercent: Double? {
        current.costPerYear == 0 ? nil : savings / current.costPerYear * 100
    }
}

/// The sums over several tasks: the headline "costs $X a year today; the proposed way costs $Y
/// (−Z %), saving $W".
public struct CostTotals: Sendable, Hashable {
    public var currentCost: Double = 0
    public var proposedCost: Double = 0
    public var currentHours: Double = 0
    public var proposedHours: Double = 0
    public var taskCount: Int = 0

    public init() {}

    public mutating func add(_ figures: TaskFigures) {
        currentCost += figures.current.costPerYear
        proposedCost += figures.proposed.costPerYear
        currentHours += figures.current.hoursPerYear
        proposedHours += figures.proposed.hoursPerYear
        taskCount += 1
    }

    public var savings: Double { currentCost - proposedCost }
    public var savingsHours: Double { currentHours - proposedHours }
    /// Savings as a percentage of today's cost; nil when today's cost is zero.
    public var savingsPercent: Double? { currentCost == 0 ? nil : savings / currentCost * 100 }
}
