/// A marker on the axis, such as "Task force starts", from a metric's `events:`.
public struct ChartEvent: Sendable, Hashable {
    /// The index on the chart's axis the event belongs to.
    public var position: Int
    /// The text shown with the marker.
    public var label: String

    /// An event at an axis index with its label.
    public init(position: Int, label: String) {
        self.position = position
        self.label = label
    }
}
