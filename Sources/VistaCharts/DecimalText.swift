/// Fixed-precision decimal printing without Foundation formatters: deterministic, never "-0", never NaN.
enum DecimalText {
    /// The true minus sign.
    static let minus = "\u{2212}"

    /// Powers of ten that a `Double` holds exactly.
    static let exactPowers: [Double] = (0...22).reduce(into: [Double]()) { list, i in
        list.append(i == 0 ? 1 : list[i - 1] * 10)
    }

    /// 10 to the power `k`, exact for |k| ≤ 22.
    static func pow10(_ k: Int) -> Double {
        if k >= 0 && k <= 22 { return exactPowers[k] }
        if k < 0 && k >= -22 { return 1 / exactPowers[-k] }
        var result = 1.0
        if k > 0 { for _ in 0..<k { result *= 10 } } else { for _ in 0..<(-k) { result /= 10 } }
        return result
    }

    /// The decimal exponent of `x`: ⌊log10 |x|⌋; 0 for zero or non-finite values.
    static func exponent(_ x: Double) -> Int {
        let a = abs(x)
        guard a > 0, a.isFinite else { return 0 }
        var e = Int((Double(a.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        while pow10(e) > a { e -= 1 }
        while pow10(e + 1) <= a { e += 1 }
        return e
    }

    /// `value` with exactly `decimals` digits after the separator (trailing zeros trimmed when `trim`),
    /// grouped by the style's thousands separator; a true minus sign, never "−0".
    static func format(_ value: Double, decimals: Int, style: NumberStyle, trim: Bool = true, grouping: Bool = true) -> String {
        guard value.isFinite else { return "0" }
        var places = max(0, min(decimals, 15))
        let magnitude = abs(value)
        // Keep the scaled integer within UInt64: drop decimals that a huge number cannot carry anyway.
        while places > 0 && magnitude * pow10(places) >= 9e18 { places -= 1 }
        if magnitude >= 9e18 {
            return (value < 0 ? minus : "") + hugeDigits(magnitude)
        }
        let scaled = UInt64((magnitude * pow10(places)).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return trim || places == 0 ? "0" : "0" + style.decimalSeparator + String(repeating: "0", count: places) }
        let divisor = UInt64(pow10(places))
        var whole = scaled / divisor
        var fraction = scaled % divisor
        // Digits are written as bytes, backwards: the fraction (its trailing zeros trimmed when
        // `trim`), the separator, the whole part with group separators, the sign.
        var digits: [UInt8] = []
        digits.reserveCapacity(40)
        var fractionDigits = places
        if trim { while fractionDigits > 0, fraction % 10 == 0 { fraction /= 10; fractionDigits -= 1 } }
        if fractionDigits > 0 {
            for _ in 0..<fractionDigits {
                digits.append(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            digits.append(contentsOf: style.decimalSeparator.utf8.reversed())
        }
        var wholeDigits = 0
        var n = whole
        repeat { wholeDigits += 1; n /= 10 } while n > 0
        let group = grouping && wholeDigits >= style.minimumGroupingDigits && wholeDigits > 3
        let separator = Array(style.groupSeparator.utf8.reversed())
        var written = 0
        repeat {
            if group, written > 0, written % 3 == 0 { digits.append(contentsOf: separator) }
            digits.append(UInt8(ascii: "0") + UInt8(whole % 10))
            whole /= 10
            written += 1
        } while whole > 0
        if value < 0 { digits.append(contentsOf: minus.utf8.reversed()) }
        digits.reverse()
        return String(decoding: digits, as: UTF8.self)
    }

    /// Digits of `whole` with the style's thousands separator.
    static func grouped(_ digits: String, style: NumberStyle, grouping: Bool) -> String {
        guard grouping, digits.count >= style.minimumGroupingDigits, digits.count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 * 3)
        let chars = Array(digits)
        for (i, c) in chars.enumerated() {
            if i > 0 && (chars.count - i) % 3 == 0 { out += style.groupSeparator }
            out.append(c)
        }
        return out
    }

    /// Integer digits of a magnitude beyond UInt64, printed from its decimal exponent (rarely reached).
    static func hugeDigits(_ magnitude: Double) -> String {
        let e = exponent(magnitude)
        let leading = UInt64((magnitude / pow10(e - 15)).rounded())
        return String(leading) + String(repeating: "0", count: max(0, e - 15))
    }

    /// A coordinate for SVG: at most two decimals, trailing zeros trimmed, never "-0", "0" for non-finite input.
    static func coordinate(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendCoordinate(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a coordinate (see `coordinate`) as UTF-8, digit by digit, without a string of its own.
    static func appendCoordinate(_ value: Double, to text: inout [UInt8]) {
        guard value.isFinite else { text.append(UInt8(ascii: "0")); return }
        let scaled = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { text.append(UInt8(ascii: "0")); return }
        let n = Int(scaled)
        if n == 0 { text.append(UInt8(ascii: "0")); return }
        var magnitude = n.magnitude
        // At most 16 digits, a sign and a point: written backwards into a small buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) { end -= 1; buffer[end] = byte }
            let fraction = magnitude % 100
            magnitude /= 100
            if fraction != 0 {
                if fraction % 10 != 0 { put(UInt8(ascii: "0") + UInt8(fraction % 10)) }
                put(UInt8(ascii: "0") + UInt8(fraction / 10))
                put(UInt8(ascii: "."))
            }
            repeat {
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            if n < 0 { put(UInt8(ascii: "-")) }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[end...]))
        }
    }
}
