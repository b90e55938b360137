/// What the analysis recommends for a task.
public struct Recommendation: Sendable {
    /// The kind of change (`action:`): `keep` (it works; leave it), `eliminate` (stop doing it),
    /// `merge` (fold it into the task named by `into:`), `reduce` (less often, fewer recipients or
    /// less effort), `automate` (let a system do the preparation), `redistribute` (move the work to
    /// someone better placed, priced at their `team:`'s rate).
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case keep, eliminate, merge, reduce, automate, redistribute

        /// Whether the task stops existing on its own (its proposed cost is zero).
        public var removesTask: Bool { self == .eliminate || self == .merge }
    }

    /// `action` (required).
    public var action: Action
    /// `summary`: the recommendation in a sentence or two, in Markdown.
    public var summary: MarkdownText?
    /// The workload fields the recommendation changes.
    public var changes: WorkloadChanges
    /// With `merge`: the task it is merged into.
    public var into: Reference?
    /// What the change costs once, in money (`one_off_cost`: a licence's set-up, a consultant).
    public var oneOffCost: Double?
    /// What the change costs once, in hours at the task's rate today (`one_off_hours`: building it).
    public var oneOffHours: Double?
    /// The team that does the work the proposed way, whose rate prices it (`team:`).
    public var team: Reference?
    /// The proposed way's own rate (`hourly_rate`), before the team's.
    public var hourlyRate: Double?
    /// Where `recommendation:` is written, for diagnostics about it as a whole.
    public var location: SourceLocation

    /// A recommendation; by default it changes no field, costs nothing once and keeps today's team and rate.
    public init(action: Action, summary: MarkdownText? = nil, changes: WorkloadChanges = WorkloadChanges(),
                into: Reference? = nil, oneOffCost: Double? = nil, oneOffHours: Double? = nil,
                team: Reference? = nil, hourlyRate: Double? = nil, location: SourceLocation) {
        self.action = action
        self.summary = summary
        self.changes = changes
        self.into = into
        self.oneOffCost = oneOffCost
        self.oneOffHours = oneOffHours
        self.team = team
        self.hourlyRate = hourlyRate
        self.location = location
    }
}
