import Testing
@testable import VistaCharts
import VistaSupport

@Suite struct ChartPeriodTests {
    @Test func fullLabels() {
        #expect(PeriodWords(TestWords.english).label(ChartPeriod.month(2026, 1)) == "Jan 2026")
        #expect(PeriodWords(TestWords.english).label(ChartPeriod.quarter(2026, 1)) == "Q1 2026")
        #expect(PeriodWords(TestWords.english).label(ChartPeriod.week(2026, 9)) == "W09 2026")
        #expect(PeriodWords(TestWords.english).label(ChartPeriod.day(2026, 3, 14)) == "14 Mar 2026")
        #expect(PeriodWords(TestWords.english).label(ChartPeriod.year(2024)) == "2024")
        #expect(PeriodWords(TestWords.catalogue("de")).label(ChartPeriod.month(2026, 3)) == "März 2026")
        #expect(PeriodWords(TestWords.catalogue("fr-CH")).label(ChartPeriod.month(2026, 2)) == "févr. 2026")
        #expect(PeriodWords(TestWords.catalogue("nl")).label(ChartPeriod.month(2026, 3)) == "mrt 2026")
        #expect(PeriodWords(TestWords.catalogue("es")).label(ChartPeriod.month(2026, 1)) == "ene 2026")
        // Every language gets its months from the locale data, with English words where Vista ships none.
        #expect(PeriodWords(TestWords.catalogue("ja")).label(ChartPeriod.month(2026, 1)) == "1月 2026")
        #expect(PeriodWords(TestWords.catalogue("it")).label(ChartPeriod.month(2026, 1)) == "gen 2026")
        #expect(PeriodWords(TestWords.catalogue("de")).label(ChartPeriod.day(2026, 1, 19)) == "19. Jan. 2026")
        #expect(PeriodWords(TestWords.catalogue("fr")).label(ChartPeriod.day(2026, 1, 19)) == "19 janv. 2026")
        #expect(PeriodWords(TestWords.catalogue("de")).label(ChartPeriod.week(2026, 3)) == "KW 3/2026")
    }

    @Test func yearsNeverGetSeparators() {
        let spec = ChartSpec(kind: .line, title: "Per year", axis: .periods([.year(2024), .year(2025)]),
                             series: [ChartSeries(key: "a", name: "A", values: [1, 2])], numberStyle: NumberStyle(language: "de")).inWords
        let svg = ChartRenderer.svg(spec, id: "y")
        #expect(svg.contains(">2024<") && svg.contains(">2025<"))
        #expect(!svg.contains("2,024") && !svg.contains("2.024"))
    }

    @Test func orderFollowsTheCalendar() {
        #expect(ChartPeriod.month(2025, 12) < .month(2026, 1))
        // Mixed lengths: by the last day, then the shorter first (the rule content periods follow too).
        #expect(ChartPeriod.month(2026, 1) < .year(2026))
        #expect(ChartPeriod.day(2026, 1, 1) < .week(2026, 1))  // ISO week 1 of 2026 runs 29 Dec 2025 – 4 Jan 2026
        #expect(ChartPeriod.week(2026, 1).firstDay == CivilDate.dayNumber(year: 2025, month: 12, day: 29))
        #expect(ChartPeriod.week(2020, 53).firstDay == CivilDate.dayNumber(year: 2020, month: 12, day: 28))
        #expect(ChartPeriod.month(2026, 5) < .quarter(2026, 2))
        #expect(ChartPeriod.month(2026, 6) < .quarter(2026, 2))
        #expect(ChartPeriod.quarter(2026, 2) < .month(2026, 7))
    }

    @Test func axisLabelsShowTheYearWhereItChanges() {
        let labels = PeriodWords(TestWords.english).axisLabels([.month(2025, 11), .month(2025, 12), .month(2026, 1), .month(2026, 2)])
        #expect(labels.map(\.0) == ["Nov", "Dec", "Jan", "Feb"])
        #expect(labels.map(\.1) == ["2025", nil, "2026", nil])
        let weeks = PeriodWords(TestWords.english).axisLabels([.week(2025, 52), .week(2026, 1)])
        #expect(weeks.map(\.0) == ["W52", "W01"])
        #expect(weeks.map(\.1) == ["2025", "2026"])
        #expect(PeriodWords(TestWords.english).axisLabels([.year(2024), .year(2025)]).map(\.1) == [nil, nil])
    }

    @Test func thinnedMonthLabelsLandOnRoundMonths() {
        let periods = (0..<36).map { ChartPeriod.month(2024 + $0 / 12, $0 % 12 + 1) }
        let scale = IndexScale(count: 36, start: 40, end: 330, banded: false)
        let labels = AxisLabelPlanner.thinned(axis: .periods(periods), scale: scale, fontSize: 12, words: PeriodWords(TestWords.english), frameWidth: 360)
        #expect(labels.count >= 2)
        #expect(AxisLabelPlanner.fits(labels, fontSize: 12))
        let months = labels.map { periods[$0.index] }.map { p -> Int in if case .month(_, let m) = p { return m }; return 0 }
        #expect(months.allSatisfy { ($0 - 1) % 3 == 0 })
        #expect(labels.first?.lines == ["Jan", "2024"])
    }
}
