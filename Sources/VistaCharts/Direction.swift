/// Which way a change is good, from a metric's `better:`.
public enum Direction: Sendable, Hashable {
    /// Bigger values are good (satisfaction, adoption).
    case higherIsBetter
    /// Smaller values are good (cost, hours, error rates).
    case lowerIsBetter

    /// Whether a change by `delta` is an improvement; `nil` when there is no change (or it is not finite).
    /// KPI tiles use it to colour a change and choose its arrow.
    public func isGood(_ delta: Double) -> Bool? {
        if delta == 0 || !delta.isFinite { return nil }
        return (delta > 0) == (self == .higherIsBetter)
    }
}
