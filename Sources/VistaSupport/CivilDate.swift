/// Calendar arithmetic on the proleptic Gregorian calendar, without Foundation and without time zones.
public enum CivilDate {
    /// Days since 1970-01-01 for a year, month and day (Howard Hinnant's algorithm).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of a day number.
    public static func civil(from dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether `year` has a 29 February: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days, 28 to 31, in `month` (1 = January) of `year`; 31 for a month outside 1…12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO weekday: Monday 1 … Sunday 7. Day 0 (1970-01-01) was a Thursday.
    public static func isoWeekday(_ dayNumber: Int) -> Int {
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The Monday of ISO week 1: the week that holds January 4th.
    public static func isoWeekOneMonday(year: Int) -> Int {
        let january4 = dayNumber(year: year, month: 1, day: 4)
        return january4 - (isoWeekday(january4) - 1)
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    public static func isoWeeksInYear(_ year: Int) -> Int {
        let weekday = isoWeekday(dayNumber(year: year, month: 1, day: 1))
        return weekday == 4 || (weekday == 3 && isLeapYear(year)) ? 53 : 52
    }

    /// The one order of calendar periods of any length, each given as the day numbers of its first
    /// and last day: by the last day; of two that end on the same day, the shorter first. So the
    /// latest period of mixed data is the one that reaches furthest, and a month comes before the
    /// quarter it closes. Content periods and chart periods both order by this rule.
    public static func precedes(_ a: (first: Int, last: Int), _ b: (first: Int, last: Int)) -> Bool {
        if a.last != b.last { return a.last < b.last }
        return a.first > b.first
    }
}
