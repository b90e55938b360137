import Testing
@testable import VistaContent

/// Metric figures against values worked out by hand.
@Suite struct MetricFiguresTests {
    @Test func changesAgainstBaselineAndPrevious() {
        // 12,400 → 6,100: −6,300, −50.81 %; previous with a value is 9,000: −2,900, −32.22 %
        let figures = MetricFigures.compute(values: [12_400, 12_100, nil, 9_000, 6_100], baselineIndex: nil,
                                            direction: .lower, target: 6_200)
        #expect(figures.latest == .init(index: 4, value: 6_100))
        let baseline = figures.sinceBaseline!
        #expect(baseline.absolute == -6_300)
        #expect(close(baseline.percent, -50.81))
        let previous = figures.sincePrevious!
        #expect(previous.from.index == 3)
        #expect(previous.absolute == -2_900)
        #expect(close(previous.percent, -32.22))
        #expect(figures.verdict(of: baseline) == .good)
        #expect(figures.targetMet == true)
    }

    @Test func higherIsBetterJudgesTheOtherWay() {
        let figures = MetricFigures.compute(values: [41, 50, 58, 67], baselineIndex: nil, direction: .higher, target: 70)
        let change = figures.sinceBaseline!
        #expect(change.absolute == 26)
        #expect(close(change.percent, 63.41))
        #expect(figures.verdict(of: change) == .good)
        #expect(figures.targetMet == false)
        let falling = MetricFigures.compute(values: [5, 3], baselineIndex: nil, direction: .higher, target: nil)
        #expect(falling.verdict(of: falling.sinceBaseline!) == .bad)
        #expect(falling.targetMet == nil)
    }

    @Test func anExplicitBaselineIsUsed() {
        let figures = MetricFigures.compute(values: [100, 80, 60], baselineIndex: 1, direction: .lower, target: nil)
        #expect(figures.sinceBaseline?.absolute == -20)
        #expect(close(figures.sinceBaseline?.percent, -25))
    }

    @Test func edgeCasesGiveNoChange() {
        let empty = MetricFigures.compute(values: [nil, nil], baselineIndex: nil, direction: .lower, target: 1)
        #expect(empty.latest == nil)
        #expect(empty.sinceBaseline == nil)
        #expect(empty.targetMet == nil)
        let single = MetricFigures.compute(values: [7], baselineIndex: nil, direction: .lower, target: 7)
        #expect(single.sinceBaseline == nil)
        #expect(single.sincePrevious == nil)
        #expect(single.targetMet == true)
        let fromZero = MetricFigures.compute(values: [0, 4], baselineIndex: nil, direction: .higher, target: nil)
        #expect(fromZero.sinceBaseline?.percent == nil)
        let flat = MetricFigures.compute(values: [3, 3], baselineIndex: nil, direction: .higher, target: nil)
        #expect(flat.verdict(of: flat.sinceBaseline!) == .unchanged)
    }

    @Test func aNegativeStartGivesTheChangeAgainstItsSize() {
        // −200 → −100 is +100, +50 % of 200
        let figures = MetricFigures.compute(values: [-200, -100], baselineIndex: nil, direction: .higher, target: nil)
        #expect(close(figures.sinceBaseline?.percent, 50))
    }
}
