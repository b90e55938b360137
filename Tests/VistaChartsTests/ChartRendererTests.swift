import Testing
@testable import VistaCharts
import VistaTestSupport

@Suite struct ChartRendererTests {
    @Test(arguments: Fixtures.golden.map(\.0))
    func goldenMarkup(name: String) {
        let spec = Fixtures.golden.first { $0.0 == name }!.1
        let markup = ChartRenderer.svg(spec, id: "chart-\(name)")
        ChartSnapshot.check(markup + "\n", named: "\(name).html")
        ChartSnapshot.check(ChartRenderer.dataTable(spec, id: "chart-\(name)") + "\n", named: "\(name)-table.html")
    }

    @Test func stylesheetGolden() {
        Snapshot.check(ChartStyles.css, named: "chart-styles.css", in: ChartSnapshot.folder)
    }

    @Test(arguments: Fixtures.golden.map(\.0))
    func markupIsAccessibleWellFormedAndDeterministic(name: String) {
        let spec = Fixtures.golden.first { $0.0 == name }!.1
        let markup = ChartRenderer.svg(spec, id: "c7")
        #expect(markup == ChartRenderer.svg(spec, id: "c7"))
        let xml = XMLCheck(markup)
        #expect(xml.wellFormed, "\(xml.error ?? "")")
        #expect(Set(xml.ids).count == xml.ids.count, "duplicate ids: \(xml.ids)")
        #expect(xml.ids.allSatisfy { $0.hasPrefix("c7") })
        let svgCount = xml.elements.filter { $0 == "svg" }.count
        #expect(svgCount == (spec.kind == .sparkline ? 1 : 2))
        #expect(xml.values(of: "role").filter { $0 == "img" }.count == svgCount)
        #expect(xml.values(of: "viewBox").count == svgCount)
        for reference in xml.values(of: "aria-labelledby") {
            for id in reference.split(separator: " ") { #expect(xml.ids.contains(String(id)), "\(id) is not an id") }
        }
        #expect(xml.elements.filter { $0 == "title" }.count == svgCount)
        #expect(!markup.contains("NaN") && !markup.contains("inf") && !markup.contains("-0 ") && !markup.contains("\"-0\""))
    }

    @Test func theExampleSentence() {
        #expect(ChartRenderer.describe(Fixtures.noShows)
            == "No-show rate fell from 11.2\(nbsp)% in Jan 2026 to 4.8\(nbsp)% in Oct 2026, below the 5\(nbsp)% target.")
    }

    @Test func sentencesForOtherKinds() {
        #expect(ChartRenderer.describe(Fixtures.hours).hasPrefix("Analyst hours on reports fell from 190\(nbsp)h in Jul 2025 to 110\(nbsp)h in Jun 2026 (\(minus)42.1\(nbsp)%), below the 120\(nbsp)h target"))
        #expect(ChartRenderer.describe(Fixtures.departments)
            == "Reporting cost by department: 5 categories, highest Sales at $48,000, lowest Legal at $8,900.")
        #expect(ChartRenderer.describe(Fixtures.taskCosts).contains("Weekly sales report fell from $14,690 (Current) to $2,418 (Proposed)"))
        #expect(ChartRenderer.describe(Fixtures.taskCosts).contains("Monthly accounts pack stayed at $9,360"))
        #expect(ChartRenderer.describe(Fixtures.savings).contains("a change of \(minus)\u{2060}$26,247 (\(minus)42.1\(nbsp)%) over 5 steps"))
        #expect(ChartRenderer.describe(Fixtures.reports).contains("Sales fell from 30 in Jan 2026 to 18 in Apr 2026"))
    }

    @Test func aStackedChartOfSeveralSeriesShowsNoTargetForItsTotals() {
        var spec = Fixtures.stacked
        spec.target = 400
        let sentence = ChartRenderer.describe(spec)
        #expect(sentence.hasPrefix("Reporting hours by activity: the total fell from 640\(nbsp)h"))
        #expect(!sentence.contains("target"))
        #expect(!ChartRenderer.svg(spec, id: "s").contains("vista-target"))
        // One series stacked is that series: its target is drawn and described.
        spec.series = [Fixtures.stacked.series[0]]
        #expect(ChartRenderer.describe(spec).hasSuffix("below the 400\(nbsp)h target."))
        #expect(ChartRenderer.svg(spec, id: "s").contains("vista-target"))
    }

    @Test func everyTextIsEscaped() {
        let spec = ChartSpec(kind: .line, title: "R&D <costs> \"q\" 'x'",
                             axis: .categories(["A & B", "<C>"]),
                             series: [ChartSeries(key: "k", name: "Team \"α\" & <β>", values: [1, 2]),
                                      ChartSeries(key: "j", name: "O'Brien", values: [2, 1])],
                             events: [ChartEvent(position: 1, label: "<script>alert(1)</script>")]).inWords
        for markup in [ChartRenderer.svg(spec, id: "e"), ChartRenderer.dataTable(spec, id: "e")] {
            #expect(XMLCheck(markup).wellFormed)
            #expect(!markup.contains("<script>") && !markup.contains("<C>") && !markup.contains("R&D"))
            #expect(markup.contains("R&amp;D &lt;costs&gt; &quot;q&quot; &#39;x&#39;"))
        }
        #expect(ChartRenderer.svg(spec, id: "e").contains("&lt;script&gt;"))
    }

    @Test func idsAreMadeSafe() {
        let markup = ChartRenderer.svg(Fixtures.noShows, id: "no shows/é")
        #expect(markup.contains("id=\"no-shows--\""))
        #expect(markup.contains("id=\"no-shows---w-title\""))
        #expect(ChartRenderer.svg(Fixtures.noShows, id: "").contains("id=\"vista-chart\""))
    }

    @Test func dataTableHasCaptionHeadersAndFormattedNumbers() {
        let table = ChartRenderer.dataTable(Fixtures.reports, id: "r")
        #expect(table.hasPrefix("<div class=\"vista-table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"r-table-caption\"><table class=\"vista-chart-table\" id=\"r-table\"><caption id=\"r-table-caption\">Reports sent per month</caption>"))
        #expect(table.contains("<th scope=\"col\">Operations &amp; Logistics</th>"))
        #expect(table.contains("<th scope=\"row\">Dec\u{00A0}2025</th><td><span aria-hidden=\"true\">–</span>"))
        let waterfall = ChartRenderer.dataTable(Fixtures.savings, id: "s")
        #expect(waterfall.contains("<th scope=\"row\">Weekly sales report</th><td>\(minus)\u{2060}$12,272</td>"))
        #expect(waterfall.contains("<th scope=\"row\">Proposed</th><td>$36,153</td>"))
    }

    @Test func waterfallStepsSumToTheTotal() {
        let spec = Fixtures.savings
        let values = spec.series[0].values.compactMap { $0 }
        #expect(values.first! + values.dropFirst().dropLast().reduce(0, +) == values.last!)
        let spans = spec.waterfallSpans
        for i in 1..<(spans.count - 1) { #expect(spans[i].from == spans[i - 1].to) }
        #expect(spans[spans.count - 2].to == spans.last!.to)
    }

    @Test func benchmarkWorkloadIsDeterministic() {
        let specs = ChartBenchmark.sampleSpecs(count: 8, points: 36)
        #expect(specs.count == 8)
        #expect(specs.allSatisfy { $0.axis.count == 36 && $0.series.allSatisfy { $0.values.count == 36 } })
        #expect(ChartBenchmark.render(specs) == ChartBenchmark.render(ChartBenchmark.sampleSpecs(count: 8, points: 36)))
    }
}
