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

    /// The position of the period within its yearly cycle (month 1…12, quarter 1…4, week, day of month, or the year).
    /// Axes show labels where this is a multiple of their step, so thinned labels land on round periods.
    var cycleOrdinal: Int {
        switch self {
        case .year(let y): return y
        case .quarter(_, let q): return q - 1
        case .month(_, let m): return m - 1
        case .week(_, let w): return w - 1
        case .day(_, _, let d): return d - 1
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
