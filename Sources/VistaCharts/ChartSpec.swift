/// What a chart shows: its kind, its axis and its series.
public struct ChartSpec: Sendable {
    public init() {}
}
