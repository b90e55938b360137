import VistaSupport

/// Period labels for tables, sentences and axes, in the words of a catalogue: its month names (from
/// the locale data) and its patterns for quarters, weeks and days (`period.week`: "W{{week2}} {{year}}",
/// "KW {{week}}/{{year}}").
extension ChartPeriod {
    /// The full label: "2026", "Q1 2026", "Jan 2026", "W09 2026", "14 Mar 2026" in English.
    public func label(words: Catalogue) -> String {
        switch self {
        case .year(let y):
            return String(y)
        case .quarter(let y, let q):
            return words("period.quarter", ["quarter": String(q), "year": String(y)])
        case .month(let y, let m):
            return words("period.month", ["month": Self.month(m, words: words), "year": String(y)])
        case .week(let y, let w):
            return words("period.week", ["week": String(w), "week2": ChartPeriod.twoDigits(w), "year": String(y)])
        case .day(let y, let m, let d):
            return words("period.day", ["day": String(d), "month": Self.month(m, words: words), "year": String(y)])
        }
    }

    /// The short tick label without the year: "Jan", "Q1", "W09", "14 Mar", or the year for years.
    public func tickLabel(words: Catalogue) -> String {
        switch self {
        case .year(let y): return String(y)
        case .quarter(_, let q): return words("period.quarter_tick", ["quarter": String(q)])
        case .month(_, let m): return Self.month(m, words: words, tick: true)
        case .week(_, let w): return words("period.week_tick", ["week": String(w), "week2": ChartPeriod.twoDigits(w)])
        case .day(_, let m, let d): return words("period.day_tick", ["day": String(d), "month": Self.month(m, words: words)])
        }
    }

    /// The abbreviated name of month `m` (1…12); out-of-range months print as numbers.
    static func month(_ m: Int, words: Catalogue, tick: Bool = false) -> String {
        guard (1...12).contains(m) else { return String(m) }
        return words[tick ? tickKeys[m - 1] : monthKeys[m - 1]]
    }

    /// The keys of the month names, made once.
    private static let monthKeys = (1...12).map { "month.\($0)" }
    private static let tickKeys = (1...12).map { "month_tick.\($0)" }

    /// Axis labels by boundary: each label's first line, and the year as a second line
    /// only at the first label and where the year changes ("Jan" / "2026", "Feb", … "Jan" / "2027").
    public static func axisLabels(_ periods: [ChartPeriod], words: Catalogue) -> [(String, String?)] {
        var previousYear: Int?
        return periods.map { period in
            if case .year = period { return (period.tickLabel(words: words), nil) }
            let year = period.year
            defer { previousYear = year }
            return (period.tickLabel(words: words), year == previousYear ? nil : String(year))
        }
    }

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
