import VistaSupport

extension Period {
    /// Why a text is not a period, in words for a diagnostic.
    public struct ParseError: Error, Sendable, Equatable {
        /// The whole sentence: `'2026-13' is not a period: …`, with how to write one.
        public let message: String
    }

    /// Parses a period written as `2026`, `2026-Q1`, `2026-03`, `2026-W09` or `2026-03-14`.
    public static func parse(_ text: String) -> Result<Period, ParseError> {
        let bytes = Array(text.utf8)
        func fail(_ why: String) -> Result<Period, ParseError> {
            .failure(ParseError(message: "'\(text)' is not a period: \(why)"))
        }
        let expected = "write 2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-14"
        guard bytes.count >= 4, let year = digits(bytes[0..<4]) else { return fail(expected) }
        if bytes.count == 4 { return .success(Period(.year(year))) }
        guard bytes[4] == UInt8(ascii: "-"), bytes.count >= 6 else { return fail(expected) }
        let rest = bytes[5...]
        switch rest.first {
        case UInt8(ascii: "Q"), UInt8(ascii: "q"):
            guard rest.count == 2, let q = digits(rest.dropFirst()), (1...4).contains(q) else {
                return fail("quarters are Q1 to Q4")
            }
            return .success(Period(.quarter(year, q)))
        case UInt8(ascii: "W"), UInt8(ascii: "w"):
            guard rest.count == 3, let w = digits(rest.dropFirst()) else {
                return fail("weeks are written with two digits, W01 to W53")
            }
            let weeks = CivilDate.isoWeeksInYear(year)
            guard (1...weeks).contains(w) else { return fail("\(year) has ISO weeks W01 to W\(weeks)") }
            return .success(Period(.week(year, w)))
        default:
            guard rest.count >= 2, let month = digits(rest.prefix(2)) else { return fail(expected) }
            guard (1...12).contains(month) else { return fail("months are 01 to 12") }
            if rest.count == 2 { return .success(Period(.month(year, month))) }
            let dayPart = rest.dropFirst(2)
            guard dayPart.count == 3, dayPart.first == UInt8(ascii: "-"), let day = digits(dayPart.dropFirst()) else {
                return fail(expected)
            }
            let days = CivilDate.daysInMonth(year: year, month: month)
            guard (1...days).contains(day) else { return fail("\(year)-\(twoDigits(month)) has days 01 to \(days)") }
            return .success(Period(.day(year, month, day)))
        }
    }

    /// Whether a text has the shape of a period (four digits, maybe followed by `-…`), so that a
    /// mistake in it is reported as a bad period rather than read as a category name.
    public static func looksLikePeriod(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, digits(bytes[0..<4]) != nil else { return false }
        if bytes.count == 4 { return true }
        return bytes[4] == UInt8(ascii: "-") && !bytes[5...].contains(UInt8(ascii: " "))
    }

    private static func digits(_ slice: ArraySlice<UInt8>) -> Int? {
        guard !slice.isEmpty else { return nil }
        var value = 0
        for byte in slice {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
