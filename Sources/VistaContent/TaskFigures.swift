/// A task's cost today and proposed, the savings, and the one-off cost of the change.
public struct TaskFigures: Sendable, Hashable {
    /// The task's id.
    public var taskID: String
    /// The rate of the work today.
    public var hourlyRate: Double
    /// The rate of the proposed way (another team's, after a redistribution).
    public var proposedRate: Double
    /// Runs, hours and money per year today.
    public var current: CostLine
    /// Runs, hours and money per year the proposed way: zero for eliminate and merge, today's for keep or no recommendation.
    public var proposed: CostLine
    /// What the change costs once: `one_off_cost` plus `one_off_hours` at today's rate.
    public var oneOffCost: Double
    /// The `one_off_hours` of the recommendation.
    public var oneOffHours: Double
    /// Whether the task has its effort written; a task that has not counts 0 and says so.
    public var isCosted: Bool
    /// The years the net saving is counted over.
    public var horizonYears: Double

    /// A task's figures; the proposed rate is today's unless given.
    public init(taskID: String, hourlyRate: Double, proposedRate: Double? = nil, current: CostLine, proposed: CostLine,
                oneOffCost: Double = 0, oneOffHours: Double = 0, isCosted: Bool = true, horizonYears: Double = 3) {
        self.taskID = taskID
        self.hourlyRate = hourlyRate
        self.proposedRate = proposedRate ?? hourlyRate
        self.current = current
        self.proposed = proposed
        self.oneOffCost = oneOffCost
        self.oneOffHours = oneOffHours
        self.isCosted = isCosted
        self.horizonYears = horizonYears
    }

    /// The yearly saving in money: today's cost − the proposed cost (negative when the proposed way costs more).
    public var savings: Double { current.costPerYear - proposed.costPerYear }
    /// The yearly saving in person-hours.
    public var savingsHours: Double { current.hoursPerYear - proposed.hoursPerYear }
    /// Savings as a percentage of today's cost; nil when today's cost is zero.
    public var savingsPercent: Double? {
        current.costPerYear == 0 ? nil : savings / current.costPerYear * 100
    }
    /// When the one-off cost is paid back, and what is left over the horizon.
    public var payback: Payback { Payback(oneOffCost: oneOffCost, savingsPerYear: savings, horizonYears: horizonYears) }
}
