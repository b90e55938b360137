/// Formats numbers by unit and language, for charts, tables, KPI tiles and sentences.
///
/// Full: "$12,400", "11.2 %", "190 h", "45 min", "−4.8". Compact: "$12.4k", "€1.2M".
/// Changes are signed with a true minus sign; a change of a percentage is in percentage points ("−4.8 pp").
/// Number and unit are joined by a no-break space.
public struct ValueFormatter: Sendable {
    /// What the numbers measure.
    public var unit: ValueUnit
    /// Separators and currency position.
    public var style: NumberStyle

    /// A formatter for a unit in a language's style.
    public init(unit: ValueUnit, style: NumberStyle) {
        self.unit = unit
        self.style = style
    }

    static let nbsp = "\u{00A0}"
    /// U+2060 WORD JOINER: no line break between a minus sign and a currency symbol.
    static let wordJoiner = "\u{2060}"

    /// The full value: money in whole units from 1,000 on (else cents when there are any);
    /// other units with one decimal from 1 on and two significant digits below 1, trailing zeros trimmed.
    public func format(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        return decorate(DecimalText.format(v, decimals: fullDecimals(v), style: style, trim: !isMoney || abs(v) >= 1000))
    }

    /// The value with the decimals it was written with (up to six), for data tables, where a reader
    /// checks the figures against their own: "1,234.56 h", "$12,400.50", "−3.25 %", "0.0000012".
    /// `written` is the number of decimals in the value's text, when known: `93.0` stays "93.0 %".
    public func formatExact(_ v: Double, written: Int? = nil) -> String {
        guard v.isFinite else { return "–" }
        if let written {
            let decimals = min(isMoney && written > 0 ? max(written, 2) : written, 6)
            return decorate(DecimalText.format(v, decimals: decimals, style: style, trim: false))
        }
        var decimals = ValueFormatter.writtenDecimals(v)
        if isMoney, decimals > 0 { decimals = max(decimals, 2) }
        // Below one, at least the two significant digits of the full format: 0.0000012 stays 0.0000012.
        if !isMoney, v != 0, abs(v) < 1 { decimals = max(decimals, fullDecimals(v)) }
        return decorate(DecimalText.format(v, decimals: decimals, style: style, trim: !isMoney))
    }

    /// The fewest decimals (at most six) that print `v` as it was written.
    static func writtenDecimals(_ v: Double) -> Int {
        let magnitude = abs(v)
        for decimals in 0..<6 {
            let scaled = magnitude * DecimalText.pow10(decimals)
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, scaled) { return decimals }
        }
        return 6
    }

    /// The value shortened with k, M, B, T from 1,000 on: "$12.4k", "€1.2M", "3.5k h".
    public func formatCompact(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        let magnitude = abs(v)
        guard magnitude >= 1000 else { return format(v) }
        let (divisor, suffix) = ValueFormatter.compactScale(magnitude)
        let scaled = v / divisor
        let decimals = abs(scaled) >= 100 ? 0 : 1
        return decorate(DecimalText.format(scaled, decimals: decimals, style: style) + suffix)
    }

    /// A signed change: "+$1,200", "−4.8 h"; for percentages in percentage points: "−4.8 pp".
    /// A change that prints as zero has no sign.
    public func formatChange(_ delta: Double) -> String {
        guard delta.isFinite else { return "–" }
        let body: String
        if case .percent = unit {
            body = DecimalText.format(abs(delta), decimals: fullDecimals(delta), style: style) + ValueFormatter.nbsp + "pp"
        } else {
            body = ValueFormatter(unit: unit, style: style).format(abs(delta))
        }
        let rounded = DecimalText.format(abs(delta), decimals: fullDecimals(delta), style: style)
        if rounded == "0" { return body }
        // A word joiner keeps the sign on the same line as a currency symbol.
        let joiner = body.first?.isNumber == true ? "" : ValueFormatter.wordJoiner
        return (delta < 0 ? DecimalText.minus : "+") + joiner + body
    }

    /// A signed relative change from a ratio: −0.484 → "−48.4 %"; non-finite ratios print as "–".
    public func formatPercentChange(_ ratio: Double) -> String {
        guard ratio.isFinite else { return "–" }
        let percent = ratio * 100
        let decimals = abs(percent) >= 100 ? 0 : 1
        let digits = DecimalText.format(abs(percent), decimals: decimals, style: style)
        let sign = digits == "0" ? "" : (percent < 0 ? DecimalText.minus : "+")
        return sign + digits + ValueFormatter.nbsp + "%"
    }

    /// The unit's name for sentences and table headers: "USD", "%", "hours", "minutes", "count", or the label.
    public var unitName: String {
        switch unit {
        case .currency(let code): return code.uppercased()
        case .percent: return "%"
        case .hours: return "hours"
        case .minutes: return "minutes"
        case .count: return "count"
        case .other(let label): return label
        }
    }

    var isMoney: Bool {
        if case .currency = unit { return true }
        return false
    }

    /// Decimals for the full format of `v`.
    func fullDecimals(_ v: Double) -> Int {
        let magnitude = abs(v)
        if isMoney {
            if magnitude >= 1000 { return 0 }
            let cents = (magnitude * 100).rounded()
            return cents.truncatingRemainder(dividingBy: 100) == 0 ? 0 : 2
        }
        if magnitude >= 100 { return 0 }
        if magnitude >= 1 || magnitude == 0 { return 1 }
        return min(15, 1 - DecimalText.exponent(magnitude))
    }

    /// The divisor and suffix for compact numbers.
    static func compactScale(_ magnitude: Double) -> (Double, String) {
        if magnitude >= 1e12 { return (1e12, "T") }
        if magnitude >= 1e9 { return (1e9, "B") }
        if magnitude >= 1e6 { return (1e6, "M") }
        return (1e3, "k")
    }

    /// Adds the unit to printed digits: "$12,400", "12.400 €", "11.2 %", "190 h".
    func decorate(_ digits: String) -> String {
        switch unit {
        case .currency(let code):
            let symbol = ValueFormatter.currencySymbol(code, language: style.language)
            if style.currencyAfter { return digits + ValueFormatter.nbsp + symbol }
            let negative = digits.hasPrefix(DecimalText.minus)
            let magnitude = negative ? String(digits.dropFirst()) : digits
            let gap = symbol.count > 1 && symbol.last?.isLetter == true ? ValueFormatter.nbsp : ""
            return (negative ? DecimalText.minus + ValueFormatter.wordJoiner : "") + symbol + gap + magnitude
        case .percent: return digits + ValueFormatter.nbsp + "%"
        case .hours: return digits + ValueFormatter.nbsp + "h"
        case .minutes: return digits + ValueFormatter.nbsp + "min"
        case .count: return digits
        case .other(let label): return label.isEmpty ? digits : digits + ValueFormatter.nbsp + label
        }
    }

    /// The symbol of an ISO 4217 code; codes without a common symbol print as the code.
    static func currencySymbol(_ code: String, language: String) -> String {
        switch code.uppercased() {
        case "USD": return NumberStyle.primaryLanguage(language) == "en" ? "$" : "US$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY", "CNY": return "¥"
        case "INR": return "₹"
        case "KRW": return "₩"
        case "CAD": return "CA$"
        case "AUD": return "A$"
        case "BRL": return "R$"
        default: return code.uppercased()
        }
    }
}
