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
        // Kept to a trillion months, so that absurd figures never overflow an Int.
        months.map { Int(min(($0 - 1e-9).rounded(.up), 1e12)) }.map { max($0, 0) }
    }

    /// net = horizon_years × yearly saving − one_off
    public var netOverHorizon: Double { horizonYears * savingsPerYear - oneOffCost }

    /// The months a payback chart shows when it is not told: twice the payback month, at least a
    /// year, and no further than the horizon unless the payback comes later; the whole horizon when
    /// it never pays back. At most 600 (50 years).
    public var chartMonths: Int {
        let horizon = max(Int((horizonYears * 12).rounded()), 1)
        guard let payback = wholeMonths else { return min(horizon, 600) }
        return min(max(min(max(12, 2 * payback), horizon), payback), 600)
    }
}
