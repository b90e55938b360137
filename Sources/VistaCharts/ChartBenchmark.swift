/// A workload for `vista bench`: many charts of made-up but deterministic data, rendered and timed.
public enum ChartBenchmark {
    /// `count` chart specs of `points` monthly values each, cycling through line, area, bar and stacked
    /// charts with one to three series, a target and an event; the same arguments give the same specs.
    public static func sampleSpecs(count: Int = 1000, points: Int = 36) -> [ChartSpec] {
        var seed: UInt64 = 0x5EED
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        let periods = (0..<max(points, 1)).map { ChartPeriod.month(2024 + $0 / 12, $0 % 12 + 1) }
        let kinds: [ChartKind] = [.line, .area, .bar, .stacked]
        return (0..<max(count, 0)).map { n in
            let series = (0..<(n % 3 + 1)).map { s in
                ChartSeries(key: "s\(s)", name: "Series \(s + 1)",
                            values: periods.indices.map { i in i % 17 == 16 ? nil : 1000 + 400 * next() + Double(i * 10) })
            }
            return ChartSpec(kind: kinds[n % kinds.count], title: "Chart \(n + 1)", axis: .periods(periods),
                             series: series, unit: .currency("USD"), direction: .lowerIsBetter, target: 1200,
                             events: [ChartEvent(position: points / 3, label: "Task force starts")])
        }
    }

    /// Renders every spec as chart markup and data table; returns the number of UTF-8 bytes produced.
    public static func render(_ specs: [ChartSpec]) -> Int {
        var bytes = 0
        for (i, spec) in specs.enumerated() {
            bytes += ChartRenderer.svg(spec, id: "bench-\(i)").utf8.count
            bytes += ChartRenderer.dataTable(spec, id: "bench-\(i)").utf8.count
        }
        return bytes
    }

    /// Times rendering `count` charts of `points` values (specs are made before the clock starts).
    public static func run(count: Int = 1000, points: Int = 36) -> (duration: Duration, bytes: Int) {
        let specs = sampleSpecs(count: count, points: points)
        let clock = ContinuousClock()
        var bytes = 0
        let duration = clock.measure { bytes = render(specs) }
        return (duration, bytes)
    }
}
