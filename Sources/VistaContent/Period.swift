import VistaSupport

/// A period of time as the content writes it: `2026`, `2026-Q1`, `2026-03`, `2026-W09` or
/// `2026-03-14`. Periods are read as written, never as time stamps and never shifted by a time zone.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How long a period is.
    public enum Granularity: String, Sendable, Hashable, CaseIterable {
        case year, quarter, month, week, day

        /// The plural noun, for messages.
        public var plural: String { rawValue + "s" }
    }

    /// The granularity and the fields that name the period.
    public enum Kind: Sendable, Hashable {
        case year(Int)
        case quarter(Int, Int)
        case month(Int, Int)
        /// An ISO 8601 week: the ISO week-numbering year and the week.
        case week(Int, Int)
        case day(Int, Int, Int)
    }

    /// Which period it is.
    public let kind: Kind

    /// A period from its fields, taken as given: `Period.parse` reads and checks what the content writes.
    public init(_ kind: Kind) { self.kind = kind }

    /// How long the period is: a year, a quarter, a month, a week or a day.
    public var granularity: Granularity {
        switch kind {
        case .year: .year
        case .quarter: .quarter
        case .month: .month
        case .week: .week
        case .day: .day
        }
    }

    /// A running number within the granularity: consecutive periods differ by one.
    public var ordinal: Int {
        switch kind {
        case .year(let y): y
        case .quarter(let y, let q): y * 4 + q - 1
        case .month(let y, let m): y * 12 + m - 1
        case .week: Self.floorDiv(firstDay, 7)
        case .day(let y, let m, let d): CivilDate.dayNumber(year: y, month: m, day: d)
        }
    }

    /// The first day of the period, as a day number (days since 1970-01-01).
    public var firstDay: Int {
        switch kind {
        case .year(let y): CivilDate.dayNumber(year: y, month: 1, day: 1)
        case .quarter(let y, let q): CivilDate.dayNumber(year: y, month: (q - 1) * 3 + 1, day: 1)
        case .month(let y, let m): CivilDate.dayNumber(year: y, month: m, day: 1)
        case .week(let y, let w): CivilDate.isoWeekOneMonday(year: y) + (w - 1) * 7
        case .day(let y, let m, let d): CivilDate.dayNumber(year: y, month: m, day: d)
        }
    }

    /// The last day of the period, as a day number.
    public var lastDay: Int {
        switch kind {
        case .year(let y): CivilDate.dayNumber(year: y + 1, month: 1, day: 1) - 1
        case .quarter(let y, let q):
            q == 4 ? CivilDate.dayNumber(year: y + 1, month: 1, day: 1) - 1
                : CivilDate.dayNumber(year: y, month: q * 3 + 1, day: 1) - 1
        case .month(let y, let m):
            m == 12 ? CivilDate.dayNumber(year: y + 1, month: 1, day: 1) - 1
                : CivilDate.dayNumber(year: y, month: m + 1, day: 1) - 1
        case .week: firstDay + 6
        case .day: firstDay
        }
    }

    /// Whether the other period lies within this one (a day within a month, a month within a year).
    public func contains(_ other: Period) -> Bool {
        other.firstDay >= firstDay && other.lastDay <= lastDay
    }

    /// Whether the two periods share a day (a day within a month, a year over its months, a week
    /// across two months).
    public func overlaps(_ other: Period) -> Bool {
        other.firstDay <= lastDay && other.lastDay >= firstDay
    }

    /// The canonical text of the period, as the content format writes it.
    public var description: String {
        switch kind {
        case .year(let y): Self.fourDigits(y)
        case .quarter(let y, let q): "\(Self.fourDigits(y))-Q\(q)"
        case .month(let y, let m): "\(Self.fourDigits(y))-\(Self.twoDigits(m))"
        case .week(let y, let w): "\(Self.fourDigits(y))-W\(Self.twoDigits(w))"
        case .day(let y, let m, let d): "\(Self.fourDigits(y))-\(Self.twoDigits(m))-\(Self.twoDigits(d))"
        }
    }

    /// Periods order by when they end, then by when they start: `2026-03` comes before `2026-Q1`
    /// because the quarter ends later.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        CivilDate.precedes((lhs.firstDay, lhs.lastDay), (rhs.firstDay, rhs.lastDay))
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Years as written: `0089` stays `0089`, so that the text reads back as the same period.
    static func fourDigits(_ n: Int) -> String { n >= 0 && n < 1000 ? String(repeating: "0", count: 4 - "\(n)".count) + "\(n)" : "\(n)" }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
