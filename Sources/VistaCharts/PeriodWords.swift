import VistaSupport

/// A catalogue's words for periods, read once: the month names and the patterns for quarters, months,
/// weeks and days (`period.week`: "W{{week2}} {{year}}", "KW {{week}}/{{year}}"), split at their
/// placeholders. A chart labels dozens of periods; filling each pattern through the catalogue looked
/// up and parsed it every time.
///
/// A label is exactly what `Catalogue.callAsFunction` gives for the same key and values: spaces
/// inside the braces are ignored, and a placeholder the pattern has no value for stays as written.
public struct PeriodWords: Sendable {
    private static let monthKeys = (1...12).map { "month.\($0)" }
    private static let tickKeys = (1...12).map { "month_tick.\($0)" }

    /// One piece of a pattern: text as written, or a value of the period.
    enum Piece: Sendable, Equatable {
        case text(String)
        case year, quarter, month, week, week2, day
    }

    private let months: [String]
    private let tickMonths: [String]
    private let quarter, month, week, day, quarterTick, weekTick, dayTick: [Piece]

    /// The period words of an empty catalogue: the keys show.
    public static let keys = PeriodWords(Catalogue())

    /// The period words of `words`.
    public init(_ words: Catalogue) {
        months = Self.monthKeys.map { words[$0] }
        tickMonths = Self.tickKeys.map { words[$0] }
        quarter = Self.pieces(words["period.quarter"], [.quarter, .year])
        month = Self.pieces(words["period.month"], [.month, .year])
        week = Self.pieces(words["period.week"], [.week, .week2, .year])
        day = Self.pieces(words["period.day"], [.day, .month, .year])
        quarterTick = Self.pieces(words["period.quarter_tick"], [.quarter])
        weekTick = Self.pieces(words["period.week_tick"], [.week, .week2])
        dayTick = Self.pieces(words["period.day_tick"], [.day, .month])
    }

    /// The full label: "2026", "Q1 2026", "Jan 2026", "W09 2026", "14 Mar 2026" in English.
    public func label(_ period: ChartPeriod) -> String {
        switch period {
        case .year(let y): return String(y)
        case .quarter: return fill(quarter, period, tick: false)
        case .month: return fill(month, period, tick: false)
        case .week: return fill(week, period, tick: false)
        case .day: return fill(day, period, tick: false)
        }
    }

    /// The short tick label without the year: "Jan", "Q1", "W09", "14 Mar", or the year for years.
    public func tickLabel(_ period: ChartPeriod) -> String {
        switch period {
        case .year(let y): return String(y)
        case .quarter: return fill(quarterTick, period, tick: true)
        case .month(_, let m): return monthName(m, tick: true)
        case .week: return fill(weekTick, period, tick: true)
        case .day: return fill(dayTick, period, tick: true)
        }
    }

    /// Axis labels by boundary: each label's first line, and the year as a second line
    /// only at the first label and where the year changes ("Jan" / "2026", "Feb", … "Jan" / "2027").
    public func axisLabels(_ periods: [ChartPeriod]) -> [(String, String?)] {
        var previousYear: Int?
        return periods.map { period in
            if case .year = period { return (tickLabel(period), nil) }
            let year = period.year
            defer { previousYear = year }
            return (tickLabel(period), year == previousYear ? nil : String(year))
        }
    }

    /// The abbreviated name of month `m` (1…12); out-of-range months print as numbers. A tick's
    /// month is `month_tick.N`; a day's month, even on a tick, is `month.N`.
    private func monthName(_ m: Int, tick: Bool) -> String {
        guard (1...12).contains(m) else { return String(m) }
        return tick ? tickMonths[m - 1] : months[m - 1]
    }

    private func fill(_ pieces: [Piece], _ period: ChartPeriod, tick: Bool) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .year: out += String(period.year)
            case .quarter: if case .quarter(_, let q) = period { out += String(q) }
            case .month:
                switch period {
                case .month(_, let m), .day(_, let m, _): out += monthName(m, tick: false)
                default: break
                }
            case .week: if case .week(_, let w) = period { out += String(w) }
            case .week2: if case .week(_, let w) = period { out += ChartPeriod.twoDigits(w) }
            case .day: if case .day(_, _, let d) = period { out += String(d) }
            }
        }
        return out
    }

    /// A pattern split at its placeholders, by the rules of `Catalogue.fill`; a placeholder not in
    /// `known` stays as text.
    static func pieces(_ pattern: String, _ known: [Piece]) -> [Piece] {
        let names: [String: Piece] = Dictionary(uniqueKeysWithValues: known.map { (Self.name(of: $0), $0) })
        var pieces: [Piece] = []
        var text: [UInt8] = []
        var source = pattern
        source.withUTF8 { bytes in
            Catalogue.walk(bytes, text: { text.append(contentsOf: $0) }, placeholder: { name, whole in
                guard let piece = names[String(decoding: name, as: UTF8.self)] else { return text.append(contentsOf: whole) }
                if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
                pieces.append(piece)
            })
        }
        if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
        return pieces
    }

    private static func name(of piece: Piece) -> String {
        switch piece {
        case .text(let text): text
        case .year: "year"
        case .quarter: "quarter"
        case .month: "month"
        case .week: "week"
        case .week2: "week2"
        case .day: "day"
        }
    }
}
