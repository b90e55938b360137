/// Period labels for tables, sentences and axes.
///
/// Month names exist in English, German, French, Spanish and Dutch; any other language gets English.
extension ChartPeriod {
    /// The full English label: "2026", "Q1 2026", "Jan 2026", "W09 2026", "14 Mar 2026".
    public var label: String { label(language: "en") }

    /// The full label with month names in `language` (a BCP 47 tag such as "de" or "fr-CH").
    public func label(language: String) -> String {
        switch self {
        case .year(let y):
            return String(y)
        case .quarter(let y, let q):
            return "Q\(q) \(y)"
        case .month(let y, let m):
            return "\(MonthNames.short(m, language: language)) \(y)"
        case .week(let y, let w):
            return "W\(ChartPeriod.twoDigits(w)) \(y)"
        case .day(let y, let m, let d):
            return "\(d) \(MonthNames.short(m, language: language)) \(y)"
        }
    }

    /// The short tick label without the year: "Jan", "Q1", "W09", "14 Mar", or the year for years.
    public func tickLabel(language: String = "en") -> String {
        switch self {
        case .year(let y): return String(y)
        case .quarter(_, let q): return "Q\(q)"
        case .month(_, let m): return MonthNames.short(m, language: language)
        case .week(_, let w): return "W\(ChartPeriod.twoDigits(w))"
        case .day(_, let m, let d): return "\(d) \(MonthNames.short(m, language: language))"
        }
    }

    /// Axis labels by boundary: each label's first line, and the year as a second line
    /// only at the first label and where the year changes ("Jan" / "2026", "Feb", … "Jan" / "2027").
    public static func axisLabels(_ periods: [ChartPeriod], language: String = "en") -> [(String, String?)] {
        var previousYear: Int?
        return periods.map { period in
            if case .year = period { return (period.tickLabel(language: language), nil) }
            let year = period.year
            defer { previousYear = year }
            return (period.tickLabel(language: language), year == previousYear ? nil : String(year))
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

/// Short month names by language.
enum MonthNames {
    static let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let german = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    static let french = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    static let spanish = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    static let dutch = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// The short name of month `month` (1…12) in `language`; out-of-range months print as numbers.
    static func short(_ month: Int, language: String) -> String {
        guard (1...12).contains(month) else { return String(month) }
        return names(language)[month - 1]
    }

    static func names(_ language: String) -> [String] {
        switch NumberStyle.primaryLanguage(language) {
        case "de": return german
        case "fr": return french
        case "es": return spanish
        case "nl": return dutch
        default: return english
        }
    }
}
