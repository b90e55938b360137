import Testing
import VistaSupport

/// The civil calendar, checked against dates whose day numbers are known.
@Suite struct CivilDateTests {
    @Test func dayNumbersRoundTrip() {
        #expect(CivilDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilDate.dayNumber(year: 1969, month: 12, day: 31) == -1)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilDate.civil(from: day)
            #expect(CivilDate.dayNumber(year: date.year, month: date.month, day: date.day) == day)
        }
    }

    @Test func isoWeeks() {
        #expect(CivilDate.isoWeekOneMonday(year: 2026) == CivilDate.dayNumber(year: 2025, month: 12, day: 29))
        #expect(CivilDate.isoWeeksInYear(2020) == 53)
        #expect(CivilDate.isoWeeksInYear(2026) == 53)
        #expect(CivilDate.isoWeeksInYear(2027) == 52)
    }

    @Test func periodsOrderByTheirLastDayThenTheShorterFirst() {
        let march = (first: CivilDate.dayNumber(year: 2026, month: 3, day: 1), last: CivilDate.dayNumber(year: 2026, month: 3, day: 31))
        let q1 = (first: CivilDate.dayNumber(year: 2026, month: 1, day: 1), last: march.last)
        let april = (first: march.last + 1, last: march.last + 30)
        #expect(CivilDate.precedes(march, q1))
        #expect(!CivilDate.precedes(q1, march))
        #expect(CivilDate.precedes(q1, april))
        #expect(!CivilDate.precedes(march, march))
    }
}
