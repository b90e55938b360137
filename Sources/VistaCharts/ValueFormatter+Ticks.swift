/// Axis tick labels: the precision follows the tick step, and large numbers are shortened alike.
extension ValueFormatter {
    /// Labels for ticks `step` apart: "$0", "$2k", "$4k"; "0 %", "2.5 %"; counts never show decimals.
    public func tickLabels(_ ticks: [Double], step: Double) -> [String] {
        let largest = ticks.reduce(0) { max($0, abs($1)) }
        var divisor = 1.0, suffix = ""
        if largest >= 10_000 { (divisor, suffix) = ValueFormatter.compactScale(largest) }
        let scaledStep = step / divisor
        let decimals = scaledStep > 0 && scaledStep.isFinite ? max(0, -DecimalText.exponent(scaledStep * 1.000_000_1)) : 0
        return ticks.map { tick in
            let digits = DecimalText.format(tick / divisor, decimals: decimals, style: style)
            return decorate(digits == "0" ? digits : digits + suffix)
        }
    }
}
