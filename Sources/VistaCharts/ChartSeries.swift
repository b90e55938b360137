/// One named row of values, one value per axis position; `nil` is a missing value (drawn as a gap).
public struct ChartSeries: Sendable, Hashable {
    /// The key the content uses for the series (a CSV column, a YAML key).
    public var key: String
    /// The display name shown in legends, labels and tables.
    public var name: String
    /// One value per axis position; `nil` where the value is missing.
    public var values: [Double?]
    /// The decimals each value was written with, where known (`93.0`: 1): data tables print them.
    public var decimals: [Int?]

    /// A series with its key, display name and values.
    public init(key: String, name: String, values: [Double?], decimals: [Int?] = []) {
        self.key = key
        self.name = name
        self.values = values
        self.decimals = decimals
    }

    /// The decimals the value at `index` was written with, when known.
    func decimals(at index: Int) -> Int? {
        decimals.indices.contains(index) ? decimals[index] : nil
    }

    /// The value at `index`, or `nil` when missing, out of range or not finite.
    func value(at index: Int) -> Double? {
        guard values.indices.contains(index), let v = values[index], v.isFinite else { return nil }
        return v
    }

    /// The index of the first finite value, if any.
    var firstIndex: Int? { values.indices.first { value(at: $0) != nil } }

    /// The index of the last finite value, if any.
    var lastIndex: Int? { values.indices.last { value(at: $0) != nil } }
}
