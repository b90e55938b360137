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

    /// Whether values are whole things, so that axis ticks must be integers.
    var isCount: Bool {
        if case .count = self { return true }
        return false
    }
}
