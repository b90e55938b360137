import Yams

/// A fenced code block in Markdown that names content to draw in its place: a chart (of a metric,
/// or the payback of some tasks), KPI tiles, the task table or the savings waterfall. Its body is YAML.
public enum Embed: Sendable {
    /// A `chart` embed of a metric.
    case chart(ChartEmbed)
    /// A `chart` embed of `type: payback`: the cumulative cash of some tasks' one-off cost and saving.
    case payback(PaybackEmbed)
    /// A `kpi` embed: a tile for each metric its `metrics:` lists.
    case kpi([Reference])
    /// A `tasks` embed: the task table of the tasks its `tasks:` names.
    case tasks(Proposal.TaskSelection)
    /// The waterfall of some tasks; `showsOneOff` is false when the embed says `one_off: false`.
    case savings(Proposal.TaskSelection, showsOneOff: Bool)

    /// The info strings that make a fenced block an embed.
    public static let kinds = ["chart", "kpi", "tasks", "savings"]

    /// A `chart` embed.
    public struct ChartEmbed: Sendable {
        /// The kinds of chart an embed may ask for.
        public enum Kind: String, Sendable, CaseIterable {
            case line, area, bar, stacked
            case beforeAfter = "before-after"
            case sparkline

            /// Whether the chart draws data over time, which a categorical metric does not have.
            public var needsTime: Bool { self == .line || self == .area || self == .sparkline }
        }

        /// `metric` (required): the metric to draw.
        public var metric: Reference
        /// nil: a line for data over time, bars for a categorical metric.
        public var type: Located<Kind>?
        /// A subset of the series by key; empty means all.
        public var series: [Reference]
        /// `from`: the first period drawn; nil from the first.
        public var from: Located<Period>?
        /// `to`: the last period drawn; nil up to the latest.
        public var to: Located<Period>?
        /// `title`: the chart's heading; nil for the metric's title.
        public var title: String?
        /// Where the embed's body starts, for diagnostics about it as a whole.
        public var location: SourceLocation
    }

    /// A payback chart: `type: payback` in a `chart` embed, drawn from tasks instead of a metric.
    public struct PaybackEmbed: Sendable {
        /// The tasks whose one-off costs and savings it adds up; nil: the proposal's tasks on a
        /// proposal, every task elsewhere.
        public var tasks: Proposal.TaskSelection?
        /// The months to show; nil: as many as the payback needs (see docs/CONTENT.md).
        public var months: Located<Int>?
        /// `title`: the chart's heading; nil for the built-in one ("When the one-off cost pays back").
        public var title: String?
        /// Where `type: payback` is written, for diagnostics about the chart as a whole.
        public var location: SourceLocation
    }

    /// The keys a payback chart takes.
    static let paybackKeys = ["type", "tasks", "months", "title"]

    /// Parses an embed's body. `file` and `firstLine` place the body in its file (the line after
    /// the opening fence), so that diagnostics point at the right line.
    public static func parse(kind: String, body: String, file: String, firstLine: Int, column: Int = 1) -> (Embed?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let source = YAMLSource(file: file, lineOffset: firstLine - 1, columnOffset: 0)
        let fence = SourceLocation(file: file, line: max(1, firstLine - 1), column: column)
        let node: Node
        switch source.compose(body) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(nil):
            if kind == "tasks" || kind == "savings" { return (kind == "tasks" ? .tasks(.all) : .savings(.all, showsOneOff: true), []) }
            sink.error(fence, "the \(kind) embed is empty", hint: kind == "chart" ? "write metric: ID inside it" : "write metrics: [ID, …] inside it")
            return (nil, sink.diagnostics)
        case .success(let parsed?): node = parsed
        }
        guard let reader = FieldReader(node, source: source, sink: sink, what: "the \(kind) embed") else { return (nil, sink.diagnostics) }
        let embed: Embed?
        switch kind {
        case "chart" where reader.value("type")?.scalar?.string.trimmingWhitespace == "payback":
            embed = payback(reader, sink: sink)
        case "chart":
            rejectUnknownKeys(reader, allowed: ["metric", "type", "series", "from", "to", "title"], kind: kind)
            if let metric = reader.text("metric", required: true) {
                embed = .chart(ChartEmbed(metric: metric, type: chartKind(reader, sink: sink),
                                          series: reader.textList("series") ?? [], from: reader.period("from"),
                                          to: reader.period("to"), title: reader.text("title")?.value,
                                          location: reader.location(of: node)))
            } else {
                embed = nil
            }
        case "kpi":
            rejectUnknownKeys(reader, allowed: ["metrics"], kind: kind)
            let metrics = reader.textList("metrics")
            if metrics == nil { reader.missing("metrics") }
            if metrics?.isEmpty == true {
                sink.error(reader.location(ofKey: "metrics"), "the kpi embed's `metrics` is empty", hint: "name the metrics to show, like metrics: [reporting-cost]")
            }
            embed = metrics.map { .kpi($0) }
        case "savings":
            rejectUnknownKeys(reader, allowed: ["tasks", "one_off"], kind: kind)
            embed = .savings(taskSelection(reader), showsOneOff: reader.bool("one_off") ?? true)
        default:
            rejectUnknownKeys(reader, allowed: ["tasks"], kind: kind)
            embed = .tasks(taskSelection(reader))
        }
        return (sink.hasErrors ? nil : embed, sink.diagnostics)
    }

    /// A metric chart's `type`; an unknown one is an error that lists every type, `payback` too.
    private static func chartKind(_ reader: FieldReader, sink: DiagnosticSink) -> Located<ChartEmbed.Kind>? {
        guard let text = reader.text("type") else { return nil }
        if let kind = ChartEmbed.Kind(rawValue: text.value) { return Located(kind, at: text.location) }
        let allowed = ChartEmbed.Kind.allCases.map(\.rawValue) + ["payback"]
        sink.error(text.location, "unknown type '\(text.value)'; expected one of: \(allowed.joined(separator: ", "))",
                   hint: Suggestion.closest(to: text.value, in: allowed).map { "did you mean '\($0)'?" })
        return nil
    }

    /// A `chart` embed with `type: payback`: tasks instead of a metric, and how many months to show.
    private static func payback(_ reader: FieldReader, sink: DiagnosticSink) -> Embed? {
        for (key, _) in reader.mapping {
            guard let name = key.scalar?.string, !paybackKeys.contains(name) else { continue }
            let hint = name == "metric" ? "a payback chart adds up the one-off costs and savings of tasks: name them with tasks: [ID, …], or leave tasks out for the proposal's"
                : Suggestion.closest(to: name, in: paybackKeys).map { "did you mean `\($0)`?" } ?? "a payback chart's keys: \(paybackKeys.joined(separator: ", "))"
            sink.error(reader.location(of: key), "unknown key `\(name)` in a payback chart", hint: hint)
        }
        let months = reader.number("months", minimum: 1, integer: true).flatMap { months -> Located<Int>? in
            guard months.value <= 600 else {
                sink.error(months.location, "`months` may be at most 600 (50 years), found \(NumberText.format(months.value))")
                return nil
            }
            return Located(Int(months.value), at: months.location)
        }
        return .payback(PaybackEmbed(tasks: reader.value("tasks") == nil ? nil : taskSelection(reader), months: months,
                                     title: reader.text("title")?.value, location: reader.location(ofKey: "type")))
    }

    private static func taskSelection(_ reader: FieldReader) -> Proposal.TaskSelection {
        guard let value = reader.value("tasks") else { return .all }
        if let scalar = value.scalar, scalar.string.trimmingWhitespace == "all" { return .all }
        return .some(reader.textList("tasks") ?? [])
    }

    /// In an embed an unknown key is an error: the embed would silently show something else.
    private static func rejectUnknownKeys(_ reader: FieldReader, allowed: [String], kind: String) {
        for (key, _) in reader.mapping {
            guard let name = key.scalar?.string, !allowed.contains(name) else { continue }
            reader.sink.error(reader.location(of: key), "unknown key `\(name)` in the \(kind) embed",
                              hint: Suggestion.closest(to: name, in: allowed).map { "did you mean `\($0)`?" } ?? "keys: \(allowed.joined(separator: ", "))")
        }
    }
}
