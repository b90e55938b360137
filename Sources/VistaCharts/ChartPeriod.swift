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

    /// Orders periods by their first day; a coarser period comes before a finer one starting that day.
    public static func < (lhs: ChartPeriod, rhs: ChartPeriod) -> Bool {
        let l = lhs.firstDay, r = rhs.firstDay
        return l != r ? l < r : lhs.granularity < rhs.granularity
    }

    /// Days since 1970-01-01 of the period's first day (proleptic Gregorian calendar).
    var firstDay: Int {
        switch self {
        case .year(let y): return ChartPeriod.daysFromCivil(y, 1, 1)
        case .quarter(let y, let q): return ChartPeriod.daysFromCivil(y, (min(max(q, 1), 4) - 1) * 3 + 1, 1)
        case .month(let y, let m): return ChartPeriod.daysFromCivil(y, min(max(m, 1), 12), 1)
        case .day(let y, let m, let d): return ChartPeriod.daysFromCivil(y, min(max(m, 1), 12), d)
        case .week(let y, let w):
            // ISO week 1 holds January 4th; weeks start on Monday.
            let jan4 = ChartPeriod.daysFromCivil(y, 1, 4)
            let weekday = ((jan4 + 3) % 7 + 7) % 7  // Monday = 0 (1970-01-01 was a Thursday)
            return jan4 - weekday + (w - 1) * 7
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

    /// Howard Hinnant's days-from-civil: days since 1970-01-01 for a Gregorian date.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
