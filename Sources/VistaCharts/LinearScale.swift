/// A linear scale from a "nice" value domain to a pixel range, with its ticks.
///
/// Ticks follow the d3-array method: the step is 1, 2 or 5 × 10^k, and steps below 1 are computed
/// as integers divided by the inverse step so that 0.1 + 0.2 never prints as 0.30000000000000004.
public struct LinearScale: Sendable {
    /// The nice domain: its ends are ticks.
    public private(set) var domain: (lower: Double, upper: Double)
    /// The pixel range the domain maps to; `rangeStart` is where `domain.lower` lands.
    public var rangeStart: Double, rangeEnd: Double
    /// The tick values, strictly increasing, from `domain.lower` to `domain.upper`.
    public private(set) var ticks: [Double]
    /// The distance between ticks.
    public private(set) var step: Double

    /// A scale covering `values`, with about `tickCount` ticks, mapping onto `rangeStart…rangeEnd`.
    /// Empty, equal or non-finite data get a small domain around the data (or 0…1).
    /// `integers` forces whole-number ticks (for counts).
    public init(covering values: [Double], tickCount: Int, range: (Double, Double), integers: Bool = false) {
        let finite = values.filter { $0.isFinite }
        var lower = finite.min() ?? 0, upper = finite.max() ?? 1
        if lower == upper {
            let pad = integers ? 1 : (lower == 0 ? 1 : abs(lower) * 0.1)
            if lower >= 0 && lower - pad < 0 { lower = 0; upper += pad } else { lower -= pad; upper += pad }
        }
        let count = max(2, min(tickCount, 10))
        var spec = LinearScale.niceSpec(lower, upper, count: count, integers: integers)
        var tries = count
        while spec.ticks.count > 10 && tries > 2 {
            tries -= 1
            spec = LinearScale.niceSpec(lower, upper, count: tries, integers: integers)
        }
        domain = (spec.ticks.first ?? lower, spec.ticks.last ?? upper)
        ticks = spec.ticks
        step = spec.step
        rangeStart = range.0
        rangeEnd = range.1
    }

    /// The pixel position of `value`.
    public func position(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span > 0, span.isFinite else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domain.lower) / span * (rangeEnd - rangeStart)
    }

    /// Nice ticks for `lower…upper`: the domain extended to whole steps, then the ticks on it.
    static func niceSpec(_ lower: Double, _ upper: Double, count: Int, integers: Bool) -> (ticks: [Double], step: Double) {
        var start = lower, stop = upper
        var previous = 0.0
        var increment = 0.0
        for _ in 0..<10 {
            increment = tickIncrement(start, stop, count: Double(count))
            if integers && increment < 1 { increment = 1 }
            if increment == previous { break }
            if increment > 0 {
                start = (start / increment).rounded(.down) * increment
                stop = (stop / increment).rounded(.up) * increment
            } else if increment < 0 {
                start = (start * -increment).rounded(.down) / -increment
                stop = (stop * -increment).rounded(.up) / -increment
            } else { break }
            previous = increment
        }
        guard increment != 0, increment.isFinite else { return ([lower, upper], upper - lower) }
        var ticks: [Double] = []
        if increment > 0 {
            let i1 = (start / increment).rounded(), i2 = (stop / increment).rounded()
            guard i2 - i1 < 1000 else { return ([lower, upper], upper - lower) }
            var i = i1
            while i <= i2 { ticks.append(i * increment); i += 1 }
            return (ticks, increment)
        }
        let inverse = -increment
        let i1 = (start * inverse).rounded(), i2 = (stop * inverse).rounded()
        guard i2 - i1 < 1000 else { return ([lower, upper], upper - lower) }
        var i = i1
        while i <= i2 { ticks.append(i / inverse); i += 1 }
        return (ticks, 1 / inverse)
    }

    /// d3's tickIncrement: a positive step, or the negative inverse of a step below 1.
    static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
        let step = (stop - start) / max(0, count)
        guard step > 0, step.isFinite else { return 0 }
        let power = DecimalText.exponent(step)
        let error = step / DecimalText.pow10(power)
        let factor: Double = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        return power >= 0 ? factor * DecimalText.pow10(power) : -DecimalText.pow10(-power) / factor
    }
}
