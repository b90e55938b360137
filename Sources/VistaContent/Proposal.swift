/// A proposal to management, from `proposals/ID.md`.
public struct Proposal: Sendable, Identifiable {
    public var id: String
    public var file: String
    public var title: String
    public var summary: MarkdownText?
    public var status: Status
    /// The day it was written or submitted.
    public var date: Period?
    public var owner: String?
    public var sponsor: String?
    public var ask: MarkdownText?
    public var tasks: TaskSelection
    public var metrics: [Reference]
    public var milestones: [Milestone]
    /// The decisions management took on it, as written (`decisions:`).
    public var decisions: [Decision] = []
    public var body: MarkdownText
    public var location: SourceLocation

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

    /// Where a proposal stands.
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

    /// The tasks a proposal covers.
    public enum TaskSelection: Sendable {
        case all
        case some([Reference])
    }

    /// A step of the plan, with a date and whether it is done.
    public struct Milestone: Sendable {
        public var date: Period
        public var title: String
        public var done: Bool
        public var location: SourceLocation

        public init(date: Period, title: String, done: Bool = false, location: SourceLocation) {
            self.date = date
            self.title = title
            self.done = done
            self.location = location
        }
    }
}
