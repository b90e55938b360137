import Foundation
import Testing
@testable import VistaCharts

/// The payback line and the waterfall's one-off bar, checked against figures worked out by hand.
@Suite struct PaybackChartTests {
    /// "−⁠£6,000": the minus sign and a word joiner before the currency symbol.
    static func negative(_ amount: String) -> String { "\(minus)\u{2060}£\(amount)" }
    static func positive(_ amount: String) -> String { "+\u{2060}£\(amount)" }

    @Test func cumulativeCashByMonth() {
        // £6,000 once; £24,000 a year is £2,000 a month: −6,000, −4,000, −2,000, 0, +2,000 …
        let spec = Fixtures.payback
        #expect(spec.axis.count == 13)
        #expect(spec.axis.label(at: 0) == "0" && spec.axis.label(at: 12) == "12")
        let values = spec.series[0].values.map { $0! }
        #expect(values[0] == -6_000)
        #expect(values[1] == -4_000)
        #expect(values[3] == 0)
        #expect(values[6] == 6_000)
        #expect(values[12] == 18_000)
        #expect(spec.paybackIndex == 3)
    }

    @Test func paybackWithinAMonthThatIsNotWhole() {
        // $7,100 once, $10,812.50 a year = $901.04 a month: 7,100 / 901.04 = 7.88, so month 8.
        let spec = ChartSpec.payback(title: "Connector", seriesName: "Net", oneOffCost: 7_100, savingsPerYear: 10_812.5,
                                     months: 16, unit: .currency("USD")).inWords
        #expect(spec.paybackIndex == 8)
        let values = spec.series[0].values.map { $0! }
        #expect(values[7] < 0 && values[8] > 0)
        #expect(abs(values[16] - (16 * 10_812.5 / 12 - 7_100)) < 1e-9)
        // 16 × 901.0417 − 7,100 = 7,316.67
        #expect(spec.formatter.formatChange(values[16]) == "+\u{2060}$7,317")
    }

    @Test func theSentenceAndTheMarkerSayTheMonth() {
        #expect(ChartRenderer.describe(Fixtures.payback)
            == "When the dashboard pays back: \(Self.negative("6,000")) at month 0 (the one-off cost), then \(Self.positive("2,000")) a month; it pays back in month 3 and stands at \(Self.positive("18,000")) at month 12.")
        #expect(Fixtures.payback.paybackMarkers.map(\.text) == ["Pays back in month 3"])
        let markup = ChartRenderer.svg(Fixtures.payback, id: "p")
        #expect(markup.contains(">Pays back in month 3</text>"))
        #expect(markup.contains("class=\"vista-payback-point\""))
        #expect(markup.contains(">Months</text>"))
        #expect(markup.contains("class=\"vista-area vista-bad\"") && markup.contains("class=\"vista-area vista-good\""))
    }

    @Test func aChangeThatNeverPaysBackSaysSo() {
        let spec = Fixtures.paybackNever
        #expect(spec.paybackIndex == nil)
        // −6,000, then −250 a month: −15,000 at month 36.
        #expect(spec.series[0].values[36] == -15_000)
        #expect(ChartRenderer.describe(spec)
            == "When the new tool pays back: \(Self.negative("6,000")) at month 0 (the one-off cost), then \(Self.negative("250")) a month; it does not pay back within 36 months and stands at \(Self.negative("15,000")) at month 36.")
        let markers = spec.paybackMarkers
        #expect(markers.map(\.text) == ["Does not pay back within 36 months"])
        #expect(markers.allSatisfy { !$0.drawsLine })
        let markup = ChartRenderer.svg(spec, id: "n")
        #expect(!markup.contains("vista-payback-point") && !markup.contains("vista-area vista-good"))
    }

    @Test func aLineWithoutAOneOffCostHasNothingToPayBack() {
        let spec = ChartSpec.payback(title: "Free", seriesName: "Net", oneOffCost: 0, savingsPerYear: 12_000, months: 12,
                                     unit: .currency("GBP")).inWords
        #expect(spec.paybackIndex == nil && spec.paybackMarkers.isEmpty)
        #expect(ChartRenderer.describe(spec)
            == "Free: £0 at month 0, then \(Self.positive("1,000")) a month; there is nothing to pay back, and it stands at \(Self.positive("12,000")) at month 12.")
    }

    @Test func theMarkerSpeaksTheSiteLanguage() {
        var spec = Fixtures.payback
        spec.numberStyle = NumberStyle(language: "de")
        spec = spec.inWords
        #expect(spec.paybackMarkers.map(\.text) == ["Amortisiert in Monat 3"])
        #expect(ChartRenderer.dataTable(spec, id: "t").contains("<th scope=\"col\">Monat</th>"))
    }

    @Test func theTableListsEveryMonthSigned() {
        let table = ChartRenderer.dataTable(Fixtures.payback, id: "t")
        #expect(table.contains("<th scope=\"col\">Month</th><th scope=\"col\">Cumulative net saving</th>"))
        #expect(table.contains("<th scope=\"row\">0</th><td>\(Self.negative("6,000"))</td>"))
        #expect(table.contains("<th scope=\"row\">3</th><td>£0</td>"))
        #expect(table.contains("<th scope=\"row\">6</th><td>\(Self.positive("6,000"))</td>"))
        #expect(table.contains("<th scope=\"row\">12</th><td>\(Self.positive("18,000"))</td>"))
        #expect(table.count(of: "<th scope=\"row\">") == 13)
    }

    @Test func monthNumbersAreLabelledByQuartersOrHalfYears() {
        let long = ChartSpec.payback(title: "Three years", seriesName: "Net", oneOffCost: 50_000, savingsPerYear: 20_000,
                                     months: 36, unit: .currency("EUR")).inWords
        for frame in [ChartFrame.wide, ChartFrame.narrow] {
            let layout = ChartLayout.make(long.layoutRequest(), spec: long, frame: frame)
            let shown = layout.axisLabels.map(\.index)
            #expect(shown.first == 0)
            let step = shown[1] - shown[0]
            #expect([1, 3, 6, 12].contains(step), "\(frame.variant): step \(step)")
            #expect(zip(shown, shown.dropFirst()).allSatisfy { $1 - $0 == step })
        }
    }

    @Test func pieceOfTheLineAboveAndBelowZero() {
        let pieces = ChartCanvas.piecesAroundZero([(0, -6), (1, -4), (2, -2), (3, 0), (4, 2), (5, 4)])
        #expect(pieces.map(\.positive) == [false, true])
        #expect(pieces[0].points.map(\.x) == [0, 1, 2, 3])
        #expect(pieces[1].points.map(\.x) == [3, 4, 5])
        let crossing = ChartCanvas.piecesAroundZero([(0, -3), (1, 1)])
        #expect(crossing.count == 2)
        #expect(crossing[0].points.last!.x == 0.75 && crossing[1].points.first!.x == 0.75)
    }

    @Test func theWaterfallShowsTheOneOffCostApart() {
        let spec = Fixtures.savingsWithOneOff
        // The yearly spans are those of the waterfall without it: $62,400 to $36,153.
        #expect(spec.waterfallSpans.map(\.to) == Fixtures.savings.waterfallSpans.map(\.to))
        #expect(spec.waterfallOneOff?.index == 7)
        #expect(spec.waterfallOneOff?.amount == 7_100)
        let table = ChartRenderer.dataTable(spec, id: "w")
        #expect(table.contains("<th scope=\"row\">One-off cost (once)</th><td>$7,100</td></tr></tbody>"))
        #expect(ChartRenderer.describe(spec).hasSuffix("the largest is Weekly sales report at \(minus)\u{2060}$12,272. One-off cost (once): $7,100."))
        let markup = ChartRenderer.svg(spec, id: "w")
        #expect(markup.count(of: "class=\"vista-bar vista-one-off\"") == 2)
        #expect(markup.count(of: "class=\"vista-one-off-rule\"") == 2)
        // No connector runs from the proposed total into the one-off bar: one fewer than the bars.
        #expect(markup.count(of: "class=\"vista-connector\"") == 2 * 6)
    }
}

extension String {
    func count(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
