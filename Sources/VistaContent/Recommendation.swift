/// What the analysis recommends for a task.
public struct Recommendation: Sendable {
    /// The kind of change.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case keep, eliminate, merge, reduce, automate, redistribute

        /// Whether the task stops existing on its own (its proposed cost is zero).
        public var removesTask: Bool { self == .eliminate || self == .merge }
    }

    public var action: Action
    public var summary: MarkdownText?
    /// The workload fields the recommendation changes.
    public var changes: WorkloadChanges
    /// With `merge`: the task it is merged into.
    public var into: Reference?
    public var location: SourceLocation

    public init(action: Action, summary: MarkdownText? = nil, changes: WorkloadChanges = WorkloadChanges(),
                into: Reference? = nil, location: SourceLocation) {
        self.action = action
        self.summary = summary
        self.changes = changes
        self.into = into
        self.location = location
    }
}
