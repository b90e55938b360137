import Testing
@testable import VistaCharts

@Suite struct ChartSpecTests {
    @Test func unitsParseAsMetricsWriteThem() {
        #expect(ValueUnit(parsing: "USD") == .currency("USD"))
        #expect(ValueUnit(parsing: " eur ") == .currency("EUR"))
        #expect(ValueUnit(parsing: "percent") == .percent)
        #expect(ValueUnit(parsing: "%") == .percent)
        #expect(ValueUnit(parsing: "hours") == .hours)
        #expect(ValueUnit(parsing: "minutes") == .minutes)
        #expect(ValueUnit(parsing: "count") == .count)
        #expect(ValueUnit(parsing: "tickets") == .other("tickets"))
        #expect(ValueUnit(parsing: "kWh") == .other("kWh"))
    }

    @Test func kindsReadTheEmbedWords() {
        #expect(ChartKind(rawValue: "before-after") == .beforeAfter)
        #expect(ChartKind.allCases.count == 8)
    }

    @Test func axisFindsPeriods() {
        let axis = ChartAxis.periods(Fixtures.months(2026, 1, count: 3))
        #expect(axis.index(of: .month(2026, 3)) == 2)
        #expect(axis.index(of: .month(2025, 3)) == nil)
        #expect(ChartAxis.categories(["A"]).index(of: .year(2026)) == nil)
    }

    @Test func directionJudgesChanges() {
        #expect(Direction.lowerIsBetter.isGood(-1) == true)
        #expect(Direction.lowerIsBetter.isGood(2) == false)
        #expect(Direction.higherIsBetter.isGood(2) == true)
        #expect(Direction.higherIsBetter.isGood(0) == nil)
    }

    @Test func baselineFallsBackToTheFirstValue() {
        var spec = Fixtures.reports
        #expect(spec.baseline(for: spec.series[0]) == 4)
        spec.baselineIndex = 3
        #expect(spec.baseline(for: spec.series[0]) == 0)  // Sales has no value in Dec 2025
        #expect(spec.baseline(for: spec.series[1]) == 3)
    }

    @Test func eventsAtOnePositionShareAMarker() {
        var spec = Fixtures.reports
        spec.events.append(ChartEvent(position: 5, label: "Audit"))
        let markers = spec.markers
        #expect(markers.map(\.text) == ["Task force starts (baseline)", "New calendar · Audit"])
    }
}
