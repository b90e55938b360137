import Yams

extension Proposal {
    /// A decision management took on a proposal, from its `decisions:` list: when, what (approved,
    /// deferred, declined, or any other word), by whom, and a note.
    public struct Decision: Sendable, Equatable {
        /// The day it was taken.
        public var date: Period
        /// What was decided, as written: `approved`, `deferred`, `declined`, …
        public var decision: String
        /// `by`: who decided, plain text.
        public var by: String?
        /// `note`: a condition or remark, plain text.
        public var note: String?
        /// Where the decision is written, for diagnostics.
        public var location: SourceLocation

        /// A decision as the list gives it.
        public init(date: Period, decision: String, by: String? = nil, note: String? = nil, location: SourceLocation) {
            self.date = date
            self.decision = decision
            self.by = by
            self.note = note
            self.location = location
        }

        /// Reads `decisions:` from a proposal's front matter.
        static func load(_ reader: FieldReader, source: YAMLSource, sink: DiagnosticSink) -> [Decision] {
            var decisions: [Decision] = []
            for item in reader.list("decisions") ?? [] {
                guard let entry = FieldReader(item, source: source, sink: sink, what: "a decision") else { continue }
                entry.reportUnknownKeys(allowed: ["date", "decision", "by", "note"], in: "a decision")
                let date = entry.period("date", required: true)
                let decision = entry.text("decision", required: true)
                guard let date, let decision else { continue }
                guard date.value.granularity == .day else {
                    sink.error(date.location, "a decision's `date` must be a day like 2026-10-12, found \(date.value)")
                    continue
                }
                decisions.append(Decision(date: date.value, decision: decision.value, by: entry.text("by")?.value,
                                          note: entry.text("note")?.value, location: entry.location(of: item)))
            }
            return decisions
        }
    }
}
