import Yams

extension Snapshot {
    static let keys = ["date", "time", "note", "totals", "tasks", "metrics", "proposals"]
    static let totalKeys = ["current", "proposed", "savings", "current_hours", "proposed_hours", "savings_hours"]
    static let taskKeys = ["current", "proposed", "action"]
    static let metricKeys = ["period", "value", "target", "status"]
    static let proposalKeys = ["status", "milestones"]
    static let milestoneKeys = ["date", "title", "done"]

    /// Reads `history/ID.yaml`. Snapshots are written by Vista, so a key it does not know is an
    /// error rather than a warning: the file was edited by hand, and its figures cannot be trusted.
    static func load(_ node: Node, id: String, source: YAMLSource, sink: DiagnosticSink) -> Snapshot? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "a snapshot") else { return nil }
        reader.rejectUnknownKeys(allowed: keys, in: "a snapshot")
        guard let named = parseID(id) else {
            sink.error(SourceLocation(file: source.file), "a snapshot's file name must be its day, like 2026-10-12.yaml (or 2026-10-12-2.yaml for the day's second), found \(id)")
            return nil
        }
        let date = reader.period("date", required: true)
        if let date {
            if date.value.granularity != .day {
                sink.error(date.location, "`date` must be a day like 2026-10-12, found \(date.value)")
            } else if date.value != named.date {
                sink.error(date.location, "`date` is \(date.value) but the file is named for \(named.date)",
                           hint: "a snapshot is named after its day; Vista never edits one, so restore the file from version control")
            }
        }
        if let time = reader.text("time"), !isTime(time.value) {
            sink.error(time.location, "`time` must be a time of day like 09:30:00+02:00, found '\(time.value)'")
        }
        var figures = SnapshotFigures()
        if let totals = reader.mappingReader("totals") {
            totals.rejectUnknownKeys(allowed: totalKeys, in: "the totals")
            figures.totals = .init(current: totals.number("current")?.value ?? 0, proposed: totals.number("proposed")?.value ?? 0,
                                   currentHours: totals.number("current_hours")?.value ?? 0,
                                   proposedHours: totals.number("proposed_hours")?.value ?? 0)
        }
        figures.tasks = reader.entries("tasks", what: "a task") { id, entry, location in
            entry.rejectUnknownKeys(allowed: taskKeys, in: "a task of a snapshot")
            let action = entry.text("action")
            if let action, Recommendation.Action(rawValue: action.value) == nil {
                sink.error(action.location, "unknown action '\(action.value)'; expected one of: \(Recommendation.Action.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .init(id: id, current: entry.number("current", required: true)?.value ?? 0,
                         proposed: entry.number("proposed", required: true)?.value ?? 0, action: action?.value, location: location)
        }
        figures.metrics = reader.entries("metrics", what: "a metric") { id, entry, location in
            entry.rejectUnknownKeys(allowed: metricKeys, in: "a metric of a snapshot")
            let period = entry.period("period", required: true)
            let value = entry.number("value", required: true, minimum: nil)
            let status = entry.text("status")
            var met: Bool?
            switch status?.value {
            case nil: met = nil
            case "met": met = true
            case "not-met": met = false
            case let other?: sink.error(status!.location, "`status` must be met or not-met, found '\(other)'")
            }
            guard let period, let value else { return nil }
            return .init(id: id, period: period.value, value: value.value, target: entry.number("target", minimum: nil)?.value,
                         targetMet: met, location: location)
        }
        figures.proposals = reader.entries("proposals", what: "a proposal") { id, entry, location in
            entry.rejectUnknownKeys(allowed: proposalKeys, in: "a proposal of a snapshot")
            let status = entry.choice("status", Proposal.Status.self, required: true)
            var milestones: [SnapshotFigures.MilestoneEntry] = []
            for item in entry.list("milestones") ?? [] {
                guard let milestone = FieldReader(item, source: source, sink: sink, what: "a milestone") else { continue }
                milestone.rejectUnknownKeys(allowed: milestoneKeys, in: "a milestone of a snapshot")
                guard let date = milestone.period("date", required: true), let title = milestone.text("title", required: true) else { continue }
                milestones.append(.init(title: title.value, date: date.value, done: milestone.bool("done") ?? false))
            }
            guard let status else { return nil }
            return .init(id: id, status: status.value, milestones: milestones, location: location)
        }
        return Snapshot(id: id, file: source.file, date: named.date, sequence: named.sequence, time: reader.text("time")?.value,
                        note: reader.text("note")?.value, figures: figures, location: reader.location(of: node))
    }

    /// `HH:MM`, `HH:MM:SS`, each optionally followed by `Z` or an offset `±HH:MM`.
    static func isTime(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasSuffix("Z") {
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let offset = rest.suffix(5)
            guard isClock(offset, seconds: false, hours: 0...14) else { return false }
            rest = rest.dropLast(6)
        }
        return isClock(rest, seconds: rest.count == 8, hours: 0...23)
    }

    private static func isClock(_ text: Substring, seconds: Bool, hours: ClosedRange<Int>) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == (seconds ? 3 : 2), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let h = Int(parts[0]), let m = Int(parts[1]), hours.contains(h), (0...59).contains(m) else { return false }
        return !seconds || Int(parts[2]).map { (0...59).contains($0) } == true
    }
}

extension FieldReader {
    /// Errors for keys that are not in the format: for files Vista writes itself.
    func rejectUnknownKeys(allowed: [String], in what: String) {
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !allowed.contains(name) else { continue }
            sink.error(source.location(of: key), "unknown key `\(name)` in \(what)",
                       hint: Suggestion.closest(to: name, in: allowed).map { "did you mean `\($0)`?" } ?? "known keys: \(allowed.joined(separator: ", "))")
        }
    }

    /// A mapping of ids to mappings (`tasks:` of a snapshot), read entry by entry.
    func entries<Entry>(_ key: String, what: String, _ read: (String, FieldReader, SourceLocation) -> Entry?) -> [Entry] {
        guard let reader = mappingReader(key) else { return [] }
        var result: [Entry] = []
        for (keyNode, valueNode) in reader.mapping {
            guard let id = keyNode.scalar?.string else {
                sink.error(source.location(of: keyNode), "the ids in `\(key)` must be plain text")
                continue
            }
            guard let entry = FieldReader(valueNode, source: source, sink: sink, what: what + " of a snapshot"),
                  let value = read(id, entry, source.location(of: keyNode)) else { continue }
            result.append(value)
        }
        return result
    }
}
