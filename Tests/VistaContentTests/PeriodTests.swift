import Testing
@testable import VistaContent

@Suite struct PeriodTests {
    func parse(_ text: String) -> Period? { try? Period.parse(text).get() }

    @Test func everyFormParsesAsWritten() {
        #expect(parse("2024")?.kind == .year(2024))
        #expect(parse("2026-Q1")?.kind == .quarter(2026, 1))
        #expect(parse("2026-03")?.kind == .month(2026, 3))
        #expect(parse("2026-W09")?.kind == .week(2026, 9))
        #expect(parse("2026-03-14")?.kind == .day(2026, 3, 14))
        for text in ["2024", "2026-Q1", "2026-03", "2026-W09", "2026-03-14"] {
            #expect(parse(text)?.description == text)
        }
    }

    @Test(arguments: ["2026-13", "2026-00", "2026-Q5", "2026-3", "2026-02-30", "2025-02-29", "2026-W54",
                      "2027-W53", "26-01", "2026/03", "March 2026", "", "2026-03-1", "2026-03-14T10:00"])
    func badPeriodsAreRejected(_ text: String) {
        #expect(parse(text) == nil)
    }

    /// Found by the period fuzz target: `0089` read as the year 89 and printed as `89`, which is not a period.
    @Test(arguments: ["0089", "0001-Q2", "0999-03", "0000-W01", "0089-12-31", "0000"])
    func yearsBeforeOneThousandReadBack(_ text: String) {
        let period = parse(text)
        #expect(period?.description == text)
        #expect(period.flatMap { parse($0.description) } == period)
    }

    @Test func leapDaysAndLongIsoYears() {
        #expect(parse("2024-02-29") != nil)
        #expect(parse("2020-W53") != nil)  // 2020 began on a Wednesday in a leap year
        #expect(parse("2026-W53") != nil)  // 2026 begins on a Thursday
        #expect(parse("2027-W53") == nil)
    }

    @Test func isoWeeksStartOnMonday() {
        // ISO week 1 of 2026 starts on Monday 2025-12-29.
        let week = parse("2026-W01")!
        #expect(week.firstDay == parse("2025-12-29")!.firstDay)
        #expect(week.lastDay == parse("2026-01-04")!.firstDay)
    }

    @Test func consecutivePeriodsHaveConsecutiveOrdinals() {
        #expect(parse("2026-01")!.ordinal - parse("2025-12")!.ordinal == 1)
        #expect(parse("2026-Q1")!.ordinal - parse("2025-Q4")!.ordinal == 1)
        #expect(parse("2026-W01")!.ordinal - parse("2025-W52")!.ordinal == 1)
        #expect(parse("2026-03-01")!.ordinal - parse("2026-02-28")!.ordinal == 1)
    }

    @Test func orderAndContainment() {
        #expect(parse("2026-02")! < parse("2026-03")!)
        #expect(parse("2026-03")! < parse("2026-Q1")!)
        #expect(parse("2026-Q1")!.contains(parse("2026-02-15")!))
        #expect(!parse("2026-Q1")!.contains(parse("2026-04")!))
        #expect(parse("2026")!.contains(parse("2026-W10")!))
        // Overlap works both ways and across kinds: 2026-W05 runs from 26 January to 1 February.
        #expect(parse("2026-Q2")!.overlaps(parse("2026-04")!))
        #expect(parse("2026-04")!.overlaps(parse("2026-Q2")!))
        #expect(parse("2026-W05")!.overlaps(parse("2026-01")!))
        #expect(parse("2026-W05")!.overlaps(parse("2026-02")!))
        #expect(!parse("2026-W05")!.overlaps(parse("2026-03")!))
        #expect(!parse("2026-Q1")!.overlaps(parse("2026-04-01")!))
    }

    @Test func looksLikePeriodSeparatesTyposFromCategories() {
        #expect(Period.looksLikePeriod("2026-13"))
        #expect(Period.looksLikePeriod("2024"))
        #expect(!Period.looksLikePeriod("2024 intake"))
        #expect(!Period.looksLikePeriod("Cardiology"))
    }
}
