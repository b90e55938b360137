import Foundation

/// Month names from the locale data of Foundation (ICU), by language tag: every language gets its
/// own months, not only the ones Vista ships words for. Read once per language, with the Gregorian
/// calendar and the POSIX time zone pinned, so that pages are the same on every run and machine
/// with the same Vista.
public enum LocaleMonths {
    /// The abbreviated month names of a language, January first: `format` as used inside a date
    /// ("19. Jan. 2026"), `standalone` as used alone, on an axis ("Jan").
    public struct Names: Sendable, Hashable {
        /// The twelve names as written inside a date ("19. Jan. 2026"); English's when the locale data has none.
        public var format: [String]
        /// The twelve names as written alone, on a chart's axis ("Jan"); English's when the locale data has none.
        public var standalone: [String]
    }

    private static let cache = Locked<[String: Names]>([:])

    /// The month names of `language` (a BCP 47 tag such as "de" or "fr-CH").
    public static func names(_ language: String) -> Names {
        if let names = cache.read()[language] { return names }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language.replacingOccurrences(of: "_", with: "-"))
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func valid(_ list: [String]) -> [String] {
            guard list.count == 12, list.allSatisfy({ !$0.isEmpty }) else { return english }
            return list
        }
        let names = Names(format: valid(formatter.shortMonthSymbols), standalone: valid(formatter.shortStandaloneMonthSymbols))
        cache.update { $0[language] = names }
        return names
    }
}

extension Catalogue {
    /// The catalogue with the month names of its language from the locale data, where it has none
    /// of its own: `month.1` … `month.12` as inside a date, `month_tick.1` … as alone on an axis.
    public func addingMonths() -> Catalogue {
        // The locale data is read only when a name is missing: reading it costs memory and time.
        guard (1...12).contains(where: { entries["month.\($0)"] == nil || entries["month_tick.\($0)"] == nil }) else { return self }
        let names = LocaleMonths.names(language)
        var added: [String: String] = [:]
        for m in 1...12 {
            if entries["month.\(m)"] == nil { added["month.\(m)"] = names.format[m - 1] }
            if entries["month_tick.\(m)"] == nil { added["month_tick.\(m)"] = names.standalone[m - 1] }
        }
        return added.isEmpty ? self : merging(added)
    }
}
