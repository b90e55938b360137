/// The sums over several tasks: the headline "costs $X a year today; the proposed way costs $Y
/// (−Z %), saving $W", the one-off cost, when it pays back and the net over the horizon. Every
/// total on the site is made here, from the tasks' figures.
public struct CostTotals: Sendable, Hashable {
    /// What the tasks cost per year today, in the site's currency.
    public var currentCost: Double = 0
    /// What they cost per year the proposed way, in the site's currency.
    public var proposedCost: Double = 0
    /// The person-hours per year they take today.
    public var currentHours: Double = 0
    /// The person-hours per year they take the proposed way.
    public var proposedHours: Double = 0
    /// The one-off costs of the changes together.
    public var oneOffCost: Double = 0
    /// Every task summed, costed or not.
    public var taskCount: Int = 0
    /// Tasks without `effort_hours`, which count 0 until they have one.
    public var notCostedCount: Int = 0
    /// The years the net saving is counted over.
    public var horizonYears: Double

    /// Empty totals, to which `add(_:)` adds tasks.
    public init(horizonYears: Double = 3) {
        self.horizonYears = horizonYears
    }

    /// The totals of a set of task figures.
    public init<S: Sequence>(_ figures: S, horizonYears: Double) where S.Element == TaskFigures {
        self.init(horizonYears: horizonYears)
        for item in figures { add(item) }
    }

    /// Adds one task's figures to the sums.
    public mutating func add(_ figures: TaskFigures) {
        currentCost += figures.current.costPerYear
        proposedCost += figures.proposed.costPerYear
        currentHours += figures.current.hoursPerYear
        proposedHours += figures.proposed.hoursPerYear
        oneOffCost += figures.oneOffCost
        taskCount += 1
        if !figures.isCosted { notCostedCount += 1 }
    }

    /// The yearly saving in money: `currentCost − proposedCost` (negative when the proposed way costs more).
    public var savings: Double { currentCost - proposedCost }
    /// The yearly saving in person-hours: `currentHours − proposedHours`.
    public var savingsHours: Double { currentHours - proposedHours }
    /// Savings as a percentage of today's cost; nil when today's cost is zero.
    public var savingsPercent: Double? { currentCost == 0 ? nil : savings / currentCost * 100 }
    /// When the one-off costs together are paid back by the savings together, and the net over the horizon.
    public var payback: Payback { Payback(oneOffCost: oneOffCost, savingsPerYear: savings, horizonYears: horizonYears) }
}
