/// Where an axis places period labels (the labels themselves: `PeriodWords`).
extension ChartPeriod {
    /// Whether the period is a round place for a label when every `k`-th period is labelled:
    /// January (or every k-th month from year 0), Q1, week 1, Mondays, first days of months, years divisible by k.
    func isRound(step k: Int) -> Bool {
        guard k > 1 else { return true }
        switch self {
        case .year(let y): return y % k == 0
        case .quarter(let y, let q): return ((y * 4 + q - 1) % k + k) % k == 0
        case .month(let y, let m): return ((y * 12 + m - 1) % k + k) % k == 0
        case .week(let y, let w): return k <= 52 ? (w - 1) % k == 0 : w == 1 && y % max(k / 52, 1) == 0
        case .day(let y, let m, let d):
            switch k {
            case ..<7: return ((firstDay % k) + k) % k == 0
            case 7, 14: return (((firstDay + 3) % k) + k) % k == 0
            case ..<91: return d == 1
            case ..<365: return d == 1 && (m - 1) % (k / 30) == 0
            default: return d == 1 && m == 1 && y % max(k / 365, 1) == 0
            }
        }
    }

    /// Whether labels every `k`-th period are far enough apart to show only the year.
    func labelsOnlyYear(step k: Int) -> Bool {
        switch self {
        case .year: return false
        case .quarter: return k >= 4
        case .month: return k >= 12
        case .week: return k >= 52
        case .day: return k >= 365
        }
    }

    static func twoDigits(_ n: Int) -> String {
        n >= 0 && n < 10 ? "0\(n)" : String(n)
    }
}
