/// What Vista computes from a metric's series: the latest value, its change against the baseline
/// and against the previous period, whether that change is good, and whether the target is met.
public struct MetricFigures: Sendable, Hashable {
    /// A value at a row of the data.
    public struct Point: Sendable, Hashable {
        /// The row's index in the metric's data (its period or category).
        public var index: Int
        /// The value there, in the metric's unit.
        public var value: Double
    }

    /// A change between two points.
    public struct Change: Sendable, Hashable {
        /// The earlier point.
        public var from: Point
        /// The later point.
        public var to: Point
        /// `to − from`, in the metric's unit: positive when the value rose.
        public var absolute: Double { to.value - from.value }
        /// The change as a percentage of the starting value; nil when it starts at zero.
        public var percent: Double? { from.value == 0 ? nil : absolute / abs(from.value) * 100 }
    }

    /// Whether a change is good, bad, or neither.
    public enum Verdict: String, Sendable, Hashable {
        case good, bad, unchanged
    }

    /// The last row with a value; nil when the series has none.
    public var latest: Point?
    /// The baseline's row, or the first row with a value; nil when the baseline row has no value.
    public var baseline: Point?
    /// The last row with a value before `latest`; nil with fewer than two values.
    public var previous: Point?
    /// Which direction is good, the metric's `better`.
    public var direction: Metric.Direction
    /// The metric's `target`; nil without one.
    public var target: Double?

    /// The change since the baseline; nil without two distinct points.
    public var sinceBaseline: Change? {
        guard let latest, let baseline, baseline.index < latest.index else { return nil }
        return Change(from: baseline, to: latest)
    }

    /// The change since the previous period with a value.
    public var sincePrevious: Change? {
        guard let latest, let previous else { return nil }
        return Change(from: previous, to: latest)
    }

    /// Whether a change is good given `better`.
    public func verdict(of change: Change) -> Verdict {
        if change.absolute == 0 { return .unchanged }
        let wentUp = change.absolute > 0
        return wentUp == (direction == .higher) ? .good : .bad
    }

    /// Whether the latest value meets the target: at or below it for `better: lower`, at or above for `higher`.
    public var targetMet: Bool? {
        guard let target, let latest else { return nil }
        return direction == .lower ? latest.value <= target : latest.value >= target
    }

    /// Computes the figures of one series. `baselineIndex` is the row of the metric's `baseline`
    /// (nil: the first row with a value).
    public static func compute(values: [Double?], baselineIndex: Int?, direction: Metric.Direction, target: Double?) -> MetricFigures {
        let points = values.enumerated().compactMap { index, value in value.map { Point(index: index, value: $0) } }
        let latest = points.last
        let previous = points.count >= 2 ? points[points.count - 2] : nil
        let baseline: Point?
        if let baselineIndex {
            baseline = values.indices.contains(baselineIndex) ? values[baselineIndex].map { Point(index: baselineIndex, value: $0) } : nil
        } else {
            baseline = points.first
        }
        return MetricFigures(latest: latest, baseline: baseline, previous: previous, direction: direction, target: target)
    }
}

extension Metric {
    /// The figures of a series (by default the first, the metric's headline series).
    public func figures(series key: String? = nil) -> MetricFigures {
        let series = key.flatMap { k in data.series.first { $0.key == k } } ?? data.series.first
        let baselineIndex = baseline.flatMap { data.index(of: $0.value) }
        return MetricFigures.compute(values: series?.values ?? [], baselineIndex: baselineIndex,
                                     direction: better, target: target)
    }

    /// The latest period with a value in any series, for "as of" and staleness.
    public var latestPeriod: Period? {
        guard let periods = data.periods else { return nil }
        for index in periods.indices.reversed() where data.series.contains(where: { $0.values[index] != nil }) {
            return periods[index]
        }
        return nil
    }
}
