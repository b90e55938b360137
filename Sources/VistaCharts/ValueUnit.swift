/// What a chart's numbers measure; decides how they are formatted.
public enum ValueUnit: Sendable, Hashable {
    /// Money in the currency with this ISO 4217 code ("USD", "EUR", "CHF").
    case currency(String)
    /// Percentages written as percentages: 11.2 means 11.2 %.
    case percent
    /// Hours, as decimals.
    case hours
    /// Minutes, as decimals.
    case minutes
    /// Plain counts (reports, people); ticks are whole numbers.
    case count
    /// Any other label, printed after the number ("12 tickets").
    case other(String)

    /// The unit as a metric's `unit:` writes it: "percent" or "%", "hours" or "h", "minutes" or "min",
    /// "count", a three-letter ISO 4217 code such as "USD" or "eur" (one case throughout); anything else,
    /// such as "kWh", is a label.
    public init(parsing text: String) {
        let trimmed = text.trimmingSpaces
        switch trimmed.lowercased() {
        case "percent", "%": self = .percent
        case "hours", "hour", "h": self = .hours
        case "minutes", "minute", "min": self = .minutes
        case "count", "": self = .count
        default:
            let letters = trimmed.unicodeScalars
            let upper = letters.allSatisfy { ("A"..."Z").contains($0) }, lower = letters.allSatisfy { ("a"..."z").contains($0) }
            if letters.count == 3, upper || lower {
                self = .currency(trimmed.uppercased())
            } else {
                self = .other(trimmed)
            }
        }
    }

    /// Whether values are whole things, so that axis ticks must be integers.
    var isCount: Bool {
        if case .count = self { return true }
        return false
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
