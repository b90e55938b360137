/// One metric, from `metrics/ID.yaml`, with its data inline or from a CSV file beside it.
public struct Metric: Sendable, Identifiable {
    /// The file name without `.yaml`: `metrics/reporting-cost.yaml` has id `reporting-cost`.
    public var id: String
    /// The content path it was read from: `metrics/reporting-cost.yaml`.
    public var file: String
    /// `title` (required): the metric's name, plain text.
    public var title: String
    /// `description`: what is measured and how, in Markdown.
    public var description: MarkdownText?
    /// `unit`; `count` when not written.
    public var unit: MetricUnit
    /// Which direction is good.
    public var better: Direction
    /// The goal line.
    public var target: Double?
    /// The period the change is measured from; nil means the first period with a value.
    public var baseline: Located<Period>?
    /// `events`: markers on the time axis, in the order they are written.
    public var events: [MetricEvent]
    /// The rows and series, from `data:` inline or from the file it names.
    public var data: MetricData
    /// The data file the data came from (`.csv`, `.xlsx` or `.sqlite`, relative to the content folder), nil for inline data.
    public var dataFile: String?
    /// Where the file's mapping starts, for diagnostics about the metric as a whole.
    public var location: SourceLocation

    /// A metric as its file gives it; without a location, diagnostics point at the file's first line.
    public init(id: String, file: String, title: String, description: MarkdownText? = nil, unit: MetricUnit = .count,
                better: Direction = .higher, target: Double? = nil, baseline: Located<Period>? = nil,
                events: [MetricEvent] = [], data: MetricData, dataFile: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.file = file
        self.title = title
        self.description = description
        self.unit = unit
        self.better = better
        self.target = target
        self.baseline = baseline
        self.events = events
        self.data = data
        self.dataFile = dataFile
        self.location = location ?? SourceLocation(file: file)
    }

    /// Which direction of change is good.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case lower, higher
    }
}

/// The unit of a metric's values.
public enum MetricUnit: Sendable, Hashable, CustomStringConvertible {
    /// Money, by ISO 4217 code.
    case currency(String)
    case percent, hours, minutes, count
    /// Any other label, shown after the number.
    case other(String)

    /// Reads a unit as written: a three-letter uppercase code is a currency.
    public static func parse(_ text: String) -> MetricUnit {
        switch text {
        case "percent", "%": return .percent
        case "hours", "hour", "h": return .hours
        case "minutes", "minute", "min": return .minutes
        case "count", "": return .count
        default:
            let scalars = Array(text.unicodeScalars)
            if scalars.count == 3, scalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) { return .currency(text) }
            return .other(text)
        }
    }

    /// The unit's name: the currency code, `percent`, `hours`, `minutes`, `count` or the label as written.
    public var description: String {
        switch self {
        case .currency(let code): code
        case .percent: "percent"
        case .hours: "hours"
        case .minutes: "minutes"
        case .count: "count"
        case .other(let label): label
        }
    }
}

/// A marker on a metric's time axis.
public struct MetricEvent: Sendable, Hashable {
    /// `date`: the period the event is marked at.
    public var period: Period
    /// `label`: what happened, plain text.
    public var label: String
    /// Where the event is written, for diagnostics.
    public var location: SourceLocation

    /// An event as `events:` lists it.
    public init(period: Period, label: String, location: SourceLocation) {
        self.period = period
        self.label = label
        self.location = location
    }
}
