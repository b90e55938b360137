/// When a one-off cost is paid back by a yearly saving, and the net saving over a horizon: the
/// one place these two formulas live, for a task and for every total.
public struct Payback: Sendable, Hashable {
    /// What the change costs once.
    public var oneOffCost: Double
    /// What it saves each year (negative when the proposed way costs more).
    public var savingsPerYear: Double
    /// The years the net saving is counted over.
    public var horizonYears: Double

    /// A payback from a one-off cost and a yearly saving, both in the site's currency, over a horizon in years.
    public init(oneOffCost: Double, savingsPerYear: Double, horizonYears: Double) {
        self.oneOffCost = oneOffCost
        self.savingsPerYear = savingsPerYear
        self.horizonYears = horizonYears
    }

    /// Whether there is a one-off cost at all.
    public var hasOneOff: Bool { oneOffCost != 0 }

    /// payback months = one_off / (yearly saving / 12); nil when the saving is not positive, since
    /// then it never pays back.
    public var months: Double? {
        savingsPerYear > 0 ? oneOffCost / (savingsPerYear / 12) : nil
    }

    /// The payback in whole months, rounded up: the month in which the savings reach the one-off cost.
    public var wholeMonths: Int? {
        months.map { Int(($0 - 1e-9).rounded(.up)) }.map { max($0, 0) }
    }

    /// net = horizon_years × yearly saving − one_off
    public var netOverHorizon: Double { horizonYears * savingsPerYear - oneOffCost }
}
