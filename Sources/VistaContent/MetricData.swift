/// A metric's table: the first column (periods, or categories for a categorical metric) and one
/// column of values per series. A missing value is nil, never zero.
public struct MetricData: Sendable, Hashable {
    /// What the rows are.
    public enum Axis: Sendable, Hashable {
        case periods([Period])
        case categories([String])

        /// The number of rows.
        public var count: Int {
            switch self {
            case .periods(let periods): periods.count
            case .categories(let categories): categories.count
            }
        }

        /// The rows' labels as the content writes them.
        public var labels: [String] {
            switch self {
            case .periods(let periods): periods.map(\.description)
            case .categories(let categories): categories
            }
        }
    }

    /// The name of the first column as written (`date`, `period`, `department`).
    public var axisName: String
    /// The first column: periods, or categories for a categorical metric.
    public var axis: Axis
    /// The series in the order their keys or columns are written.
    public var series: [MetricSeries]

    /// A table from its columns; every series has one value per row of the axis.
    public init(axisName: String, axis: Axis, series: [MetricSeries]) {
        self.axisName = axisName
        self.axis = axis
        self.series = series
    }

    /// The periods, or nil for a categorical metric.
    public var periods: [Period]? {
        if case .periods(let periods) = axis { return periods }
        return nil
    }

    /// Whether the first column holds categories rather than periods: the metric is drawn as bars.
    public var isCategorical: Bool { periods == nil }

    /// The row of a period, if the data has it.
    public func index(of period: Period) -> Int? {
        periods?.firstIndex(of: period)
    }
}

/// One column of a metric's data.
public struct MetricSeries: Sendable, Hashable {
    /// The key (inline data) or column header (CSV).
    public var key: String
    /// The display name: `series:` in the metric, or the key.
    public var name: String
    /// One value per row; nil where the value is missing.
    public var values: [Double?]
    /// One entry per row: the decimals the value was written with (`93.0`: 1), nil where that is
    /// not known; empty when no value was written as text.
    public var decimals: [Int?]

    /// A series; its display name is the key unless `series:` names it.
    public init(key: String, name: String? = nil, values: [Double?], decimals: [Int?] = []) {
        self.key = key
        self.name = name ?? key
        self.values = values
        self.decimals = decimals
    }

    /// The decimals the value of a row was written with, when known.
    public func decimals(at row: Int) -> Int? {
        decimals.indices.contains(row) ? decimals[row] : nil
    }
}
