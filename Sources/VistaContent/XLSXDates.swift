import VistaSupport

/// Excel's dates: serial day numbers that a cell's number format shows as a date, and the rule that
/// turns a column of them into periods. Serial 1 is 1 January 1900 (1904 workbooks: serial 0 is
/// 1 January 1904); Excel counts a 29 February 1900 that never was, so serials from 61 on count
/// from 30 December 1899.
enum XLSXDates {
    /// A serial date as `year-month-day` (the time of day is dropped).
    static func text(serial: Double, uses1904: Bool) -> String {
        let whole = Int(serial.rounded(.down))
        let epoch = uses1904 ? CivilDate.dayNumber(year: 1904, month: 1, day: 1)
            : (whole < 61 ? CivilDate.dayNumber(year: 1899, month: 12, day: 31) : CivilDate.dayNumber(year: 1899, month: 12, day: 30))
        let date = CivilDate.civil(from: epoch + whole)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))"
    }

    /// Whether a number is a serial date Excel can show: 0 up to 2,958,465 (31 December 9999).
    /// Anything else in a date cell stays the number it is, and the metric reports it.
    static func isSerial(_ serial: Double) -> Bool {
        serial.isFinite && serial >= 0 && serial < 2_958_466
    }

    /// Whether a number format code shows a date: it has d, m or y outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            case "d", "m", "y": if !quoted && !bracket { return true }
            default: continue
            }
        }
        return false
    }

    /// The rule for the first column: dates (`year-month-day`) are months when no two fall in the same
    /// month (a date cell in a monthly metric is its month, whatever its day: `2026-03-31` is March
    /// 2026), and days otherwise.
    static func readPeriods(in table: inout DataTable) {
        let labels = table.rows.compactMap { $0.first?.text }
        let dates = labels.filter(isDay)
        guard !dates.isEmpty, dates.count == labels.filter({ !$0.isEmpty }).count else { return }
        let months = Set(dates.map { $0.prefix(7) })
        guard months.count == dates.count else { return }
        for index in table.rows.indices where !table.rows[index].isEmpty {
            table.rows[index][0].text = String(table.rows[index][0].text.prefix(7))
        }
    }

    /// Whether a text is `year-month-day` as `text(serial:)` writes it.
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
