/// How often a task runs: a named frequency, `N per day|week|month|year`, or `on-demand`.
public enum Frequency: Sendable, Hashable, CustomStringConvertible {
    case daily, weekly, biweekly, monthly, quarterly, yearly
    /// `N per day|week|month|year`.
    case times(Double, per: Unit)
    /// No fixed rhythm: the task's `runs_per_year` says how often.
    case onDemand

    /// The unit of `N per …`.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case day, week, month, year

        /// Runs per year of once per unit: 250 working days, 52 weeks, 12 months, 1 year.
        public var runsPerYear: Double {
            switch self {
            case .day: 250
            case .week: 52
            case .month: 12
            case .year: 1
            }
        }
    }

    /// Runs per year: daily 250 (working days), weekly 52, biweekly 26, monthly 12, quarterly 4,
    /// yearly 1; `N per …` scales the same way; nil for on-demand.
    public var runsPerYear: Double? {
        switch self {
        case .daily: 250
        case .weekly: 52
        case .biweekly: 26
        case .monthly: 12
        case .quarterly: 4
        case .yearly: 1
        case .times(let count, let unit): count * unit.runsPerYear
        case .onDemand: nil
        }
    }

    /// The frequency as the content writes it.
    public var description: String {
        switch self {
        case .daily: "daily"
        case .weekly: "weekly"
        case .biweekly: "biweekly"
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .yearly: "yearly"
        case .times(let count, let unit): "\(NumberText.format(count)) per \(unit.rawValue)"
        case .onDemand: "on-demand"
        }
    }

    /// The named frequencies, for messages.
    public static let names = ["daily", "weekly", "biweekly", "monthly", "quarterly", "yearly", "N per day|week|month|year", "on-demand"]

    /// Parses a frequency as written in a task.
    public static func parse(_ text: String) -> Frequency? {
        switch text.trimmingWhitespace.lowercased() {
        case "daily": return .daily
        case "weekly": return .weekly
        case "biweekly": return .biweekly
        case "monthly": return .monthly
        case "quarterly": return .quarterly
        case "yearly", "annually": return .yearly
        case "on-demand", "on demand": return .onDemand
        case let other:
            let words = other.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 3, words[1] == "per", let count = NumberText.parse(String(words[0])), count > 0 else {
                return nil
            }
            var unitWord = String(words[2])
            if unitWord.hasSuffix("s") { unitWord.removeLast() }
            guard let unit = Unit(rawValue: unitWord) else { return nil }
            return .times(count, per: unit)
        }
    }
}
