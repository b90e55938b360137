import Testing
@testable import VistaCharts

@Suite struct LinearScaleTests {
    @Test func niceDomainAndTicks() {
        let scale = LinearScale(covering: [4.8, 11.2], tickCount: 5, range: (300, 0))
        #expect(scale.ticks == [4, 6, 8, 10, 12])
        #expect(scale.step == 2)
        #expect(scale.position(4) == 300)
        #expect(scale.position(12) == 0)
    }

    @Test func stepsBelowOneDoNotDrift() {
        let scale = LinearScale(covering: [0, 0.7], tickCount: 7, range: (0, 100))
        #expect(scale.ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(scale.ticks[3] == 0.3)
    }

    @Test func countsGetWholeTicks() {
        let scale = LinearScale(covering: [0, 3], tickCount: 8, range: (0, 100), integers: true)
        #expect(scale.ticks.allSatisfy { $0 == $0.rounded() })
        #expect(scale.ticks == [0, 1, 2, 3])
        let equal = LinearScale(covering: [5, 5, 5], tickCount: 5, range: (0, 100), integers: true)
        #expect(equal.ticks.allSatisfy { $0 == $0.rounded() })
        #expect(equal.ticks.count >= 2)
    }

    /// Edge data: ticks cover the data, strictly increase, number 2 to 10, and positions are finite.
    @Test(arguments: [
        [7.0], [3, 3, 3], [], [-5, -1, -12], [-3.5, 2, 8], [0.0000012, 0.0000034, 0.0000021],
        [1.2e12, 3.4e12, 2e12], [0, 0], [-0.0000001, 0.0000001], [1e-6, 1e12], [Double.nan, 4, .infinity],
    ] as [[Double]], [2, 5, 7, 10])
    func edgeData(values: [Double], tickCount: Int) {
        for integers in [false, true] {
            let scale = LinearScale(covering: values, tickCount: tickCount, range: (250, 10), integers: integers)
            let finite = values.filter(\.isFinite)
            #expect((2...10).contains(scale.ticks.count), "\(values): \(scale.ticks)")
            #expect(zip(scale.ticks, scale.ticks.dropFirst()).allSatisfy { $0 < $1 })
            if let low = finite.min(), let high = finite.max() {
                #expect(scale.ticks.first! <= low && scale.ticks.last! >= high, "\(values): \(scale.ticks)")
            }
            #expect(scale.ticks.allSatisfy { scale.position($0).isFinite })
            if integers { #expect(scale.ticks.allSatisfy { $0 == $0.rounded() }) }
        }
    }

    @Test func thousandPoints() {
        let values = (0..<1000).map { Double($0 * $0 % 977) - 300 }
        let scale = LinearScale(covering: values, tickCount: 6, range: (0, 500))
        #expect(scale.ticks.first! <= -300 && scale.ticks.last! >= 676)
        #expect((2...10).contains(scale.ticks.count))
    }
}
