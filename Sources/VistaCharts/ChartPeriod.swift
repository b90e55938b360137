import VistaSupport

/// A period on a time axis, as the content wrote it: `2026`, `2026-Q1`, `2026-03`, `2026-W09`, `2026-03-14`.
///
/// Periods are calendar values, never time stamps: no time zone can shift them.
public enum ChartPeriod: Sendable, Hashable, Comparable {
    /// A calendar year.
    case year(Int)
    /// A quarter: year, quarter 1…4.
    case quarter(Int, Int)
    /// A month: year, month 1…12.
    case month(Int, Int)
    /// An ISO 8601 week: ISO week-numbering year, week 1…53.
    case week(Int, Int)
    /// A day: year, month 1…12, day 1…31.
    case day(Int, Int, Int)

    /// The calendar (or ISO week-numbering) year the period belongs to.
    public var year: Int {
        switch self {
        case .year(let y), .quarter(let y, _), .month(let y, _), .week(let y, _), .day(let y, _, _):
            return y
        }
    }

    /// Orders periods by the one rule of `CivilDate.precedes`: by their last day, and of two that
    /// end on the same day, the shorter first (as the content's periods are ordered).
    public static func < (lhs: ChartPeriod, rhs: ChartPeriod) -> Bool {
        CivilDate.precedes((lhs.firstDay, lhs.lastDay), (rhs.firstDay, rhs.lastDay))
    }

    /// Days since 1970-01-01 of the period's first day (proleptic Gregorian calendar).
    var firstDay: Int {
        switch self {
        case .year(let y): return CivilDate.dayNumber(year: y, month: 1, day: 1)
        case .quarter(let y, let q): return CivilDate.dayNumber(year: y, month: (min(max(q, 1), 4) - 1) * 3 + 1, day: 1)
        case .month(let y, let m): return CivilDate.dayNumber(year: y, month: min(max(m, 1), 12), day: 1)
        case .day(let y, let m, let d): return CivilDate.dayNumber(year: y, month: min(max(m, 1), 12), day: d)
        case .week(let y, let w):
            // ISO week 1 holds January 4th; weeks start on Monday.
            return CivilDate.isoWeekOneMonday(year: y) + (w - 1) * 7
        }
    }

    /// Days since 1970-01-01 of the period's last day.
    var lastDay: Int {
        switch self {
        case .year(let y): return CivilDate.dayNumber(year: y, month: 12, day: 31)
        case .quarter(let y, let q):
            let month = min(max(q, 1), 4) * 3
            return CivilDate.dayNumber(year: y, month: month, day: CivilDate.daysInMonth(year: y, month: month))
        case .month(let y, let m):
            let month = min(max(m, 1), 12)
            return CivilDate.dayNumber(year: y, month: month, day: CivilDate.daysInMonth(year: y, month: month))
        case .week: return firstDay + 6
        case .day: return firstDay
        }
    }

    /// Coarser periods rank lower: year 0, quarter 1, month 2, week 3, day 4.
    var granularity: Int {
        switch self {
        case .year: return 0
        case .quarter: return 1
        case .month: return 2
        case .week: return 3
        case .day: return 4
        }
    }
}
