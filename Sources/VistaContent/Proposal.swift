/// A proposal to management, from `proposals/ID.md`.
public struct Proposal: Sendable, Identifiable {
    /// The file name without `.md`: `proposals/task-force.md` has id `task-force`.
    public var id: String
    /// The content path it was read from: `proposals/task-force.md`.
    public var file: String
    /// `title` (required): the proposal's heading, plain text.
    public var title: String
    /// `summary`: one sentence for lists and link previews; nil when not written.
    public var summary: MarkdownText?
    /// `status`; `proposed` when not written.
    public var status: Status
    /// The day it was written or submitted.
    public var date: Period?
    /// `owner`: who leads the change.
    public var owner: String?
    /// `sponsor`: the manager who backs it.
    public var sponsor: String?
    /// `ask`: what it asks management for (time, people, money).
    public var ask: MarkdownText?
    /// `tasks`: `all`, or the ids it lists; none when not written. Its savings are the totals over these tasks.
    public var tasks: TaskSelection
    /// `metrics`: the ids of the metrics that show its results, where each is written.
    public var metrics: [Reference]
    /// `milestones`, in the order they are written.
    public var milestones: [Milestone]
    /// The decisions management took on it, as written (`decisions:`).
    public var decisions: [Decision] = []
    /// The Markdown after the front matter.
    public var body: MarkdownText
    /// Where the front matter starts, for diagnostics about the proposal as a whole.
    public var location: SourceLocation

    /// A proposal as its front matter gives it; without a location, diagnostics point at the file's first line.
    public init(id: String, file: String, title: String, summary: MarkdownText? = nil, status: Status = .proposed,
                date: Period? = nil, owner: String? = nil, sponsor: String? = nil, ask: MarkdownText? = nil,
                tasks: TaskSelection = .some([]), metrics: [Reference] = [], milestones: [Milestone] = [],
                body: MarkdownText, location: SourceLocation? = nil) {
        self.id = id
        self.file = file
        self.title = title
        self.summary = summary
        self.status = status
        self.date = date
        self.owner = owner
        self.sponsor = sponsor
        self.ask = ask
        self.tasks = tasks
        self.metrics = metrics
        self.milestones = milestones
        self.body = body
        self.location = location ?? SourceLocation(file: file)
    }

    /// Where a proposal stands (`status:`); a `draft` is left out of the site unless `vista build --drafts`.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case draft, proposed, approved
        case inProgress = "in-progress"
        case done, declined

        /// The status in words, for badges.
        public var label: String {
            switch self {
            case .draft: "Draft"
            case .proposed: "Proposed"
            case .approved: "Approved"
            case .inProgress: "In progress"
            case .done: "Done"
            case .declined: "Declined"
            }
        }
    }

    /// The tasks a proposal covers: `tasks: all`, or the ids it lists in the order written.
    public enum TaskSelection: Sendable {
        case all
        case some([Reference])
    }

    /// A step of the plan, with a date and whether it is done.
    public struct Milestone: Sendable {
        /// `date`: the period it is due, as written (`2026-06-30`, `2026-Q3`).
        public var date: Period
        /// `title`: what is reached, plain text.
        public var title: String
        /// `done: true` once it is reached; false when not written.
        public var done: Bool
        /// Where the milestone is written, for diagnostics.
        public var location: SourceLocation

        /// A milestone of the plan; not done unless said.
        public init(date: Period, title: String, done: Bool = false, location: SourceLocation) {
            self.date = date
            self.title = title
            self.done = done
            self.location = location
        }
    }
}
