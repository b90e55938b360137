import Testing
@testable import VistaCharts

/// Property tests: every kind over awkward data renders well-formed, named, finite markup.
@Suite struct EdgeDataTests {
    static let longNames = (1...40).map { "Department number \($0) with a rather long descriptive name" }

    static let datasets: [(String, ChartAxis, [[Double?]])] = [
        ("one point", .periods([.month(2026, 1)]), [[5]]),
        ("all equal", .periods(Fixtures.months(2026, 1, count: 6)), [[7, 7, 7, 7, 7, 7]]),
        ("all missing", .periods(Fixtures.months(2026, 1, count: 6)), [[nil, nil, nil, nil, nil, nil]]),
        ("negatives", .periods(Fixtures.months(2026, 1, count: 4)), [[-5, -3, -8, -1], [-2, -6, nil, -4]]),
        ("zero crossing", .periods(Fixtures.months(2025, 11, count: 5)), [[-3, 2, -1, 4, 0], [1, -1, 1, -1, 1]]),
        ("tiny", .periods(Fixtures.months(2026, 1, count: 5)), [[1.2e-6, 3.4e-6, 2.1e-6, 9e-7, 1e-6]]),
        ("huge", .periods((2021...2025).map { .year($0) }), [[1.2e12, 3.4e12, 2e12, 2.8e12, 1e12]]),
        ("thousand points", .periods(Fixtures.months(1940, 1, count: 1000)),
         [(0..<1000).map { i -> Double? in i % 97 == 0 ? nil : Double((i * 37) % 211) - 40 }]),
        ("forty long categories", .categories(longNames), [(1...40).map { Double($0 * 1000) }]),
        ("no positions", .periods([]), [[]]),
        ("no series", .categories(["A", "B"]), []),
        ("days and weeks", .periods([.day(2026, 2, 27), .day(2026, 2, 28), .day(2026, 3, 1), .week(2026, 10)]), [[1, 2, 3, 4]]),
    ]

    static var cases: [(String, ChartKind)] {
        datasets.flatMap { d in ChartKind.allCases.map { (d.0, $0) } }
    }

    static func spec(_ name: String, _ kind: ChartKind) -> ChartSpec {
        let d = datasets.first { $0.0 == name }!
        let series = d.2.enumerated().map { ChartSeries(key: "s\($0.offset)", name: "Series \($0.offset + 1) & co", values: $0.element) }
        if kind == .waterfall {
            let values = d.2.first ?? []
            let steps = values.enumerated().map { (label: d.1.label(at: $0.offset), delta: $0.element ?? 0) }
            return ChartSpec.waterfall(title: "Savings of \(name)", startLabel: "Now", start: 1000, steps: steps, endLabel: "Later", unit: .currency("EUR")).inWords
        }
        return ChartSpec(kind: kind, title: "Edge: \(name)", axis: d.1, series: series, unit: name == "huge" ? .currency("USD") : .count,
                         direction: .lowerIsBetter, target: name == "negatives" ? -4 : 3, baselineIndex: 1,
                         events: [ChartEvent(position: 0, label: "Start of \(name)"), ChartEvent(position: 2, label: "Change"),
                                  ChartEvent(position: 99, label: "Out of range")]).inWords
    }

    @Test(arguments: cases)
    func rendersCleanMarkup(dataset: String, kind: ChartKind) {
        let spec = Self.spec(dataset, kind)
        let markup = ChartRenderer.svg(spec, id: "edge")
        let xml = XMLCheck(markup)
        #expect(xml.wellFormed, "\(xml.error ?? "")")
        for bad in ["NaN", "nan", "inf", "\"-0\"", " -0 "] { #expect(!markup.contains(bad), "\(bad) in \(dataset) \(kind)") }
        #expect(Set(xml.ids).count == xml.ids.count)
        #expect(!xml.values(of: "viewBox").isEmpty)
        #expect(xml.values(of: "viewBox").allSatisfy { !$0.contains("-") })
        #expect(xml.elements.contains("title") && xml.elements.contains("desc"))
        let table = ChartRenderer.dataTable(spec, id: "edge")
        #expect(XMLCheck(table).wellFormed)
        #expect(!table.contains("NaN") && !table.contains("inf"))
        let sentence = ChartRenderer.describe(spec)
        #expect(!sentence.isEmpty && !sentence.contains("NaN") && !sentence.contains("inf"))
    }

    @Test(arguments: cases)
    func labelsNeverOverlap(dataset: String, kind: ChartKind) {
        guard kind != .sparkline else { return }
        var spec = Self.spec(dataset, kind)
        if kind == .beforeAfter { spec = Comparison.rowSpec(of: spec) }
        for frame in [ChartFrame.wide, ChartFrame.narrow] {
            let layout = ChartLayout.make(spec.layoutRequest(), spec: spec, frame: frame)
            LayoutChecks.expectNoOverlaps(layout, frame: frame, context: "\(dataset) \(kind) \(frame.variant)")
        }
    }

    @Test func fortyLongCategoriesBecomeRows() {
        let spec = Self.spec("forty long categories", .bar)
        let layout = ChartLayout.make(spec.layoutRequest(), spec: spec, frame: .wide)
        #expect(layout.plot.horizontal)
        #expect(layout.axisLabels.count == 40)
    }

    @Test func thousandPointsThinTheAxis() {
        let spec = Self.spec("thousand points", .line)
        for frame in [ChartFrame.wide, ChartFrame.narrow] {
            let layout = ChartLayout.make(spec.layoutRequest(), spec: spec, frame: frame)
            #expect(layout.axisLabels.count >= 2 && layout.axisLabels.count <= 20)
        }
    }

    @Test func missingValuesAreGapsNotZeros() {
        let markup = ChartRenderer.svg(Fixtures.hours, id: "gap")
        // Two runs of values, so two line paths per variant.
        #expect(markup.components(separatedBy: "class=\"vista-line\"").count - 1 == 4)
    }
}
