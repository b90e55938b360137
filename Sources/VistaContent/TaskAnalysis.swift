/// One recurring task and its analysis with the six questions, from `tasks/ID.yaml`.
public struct TaskAnalysis: Sendable, Identifiable {
    public var id: String
    /// The path of the file relative to the content folder.
    public var file: String
    public var title: String
    public var owner: String?
    /// How often, how long and for how many people the task runs today.
    public var workload: Workload
    /// The task's own cost of one person-hour; nil uses its team's or the site's.
    public var hourlyRate: Double?
    /// The team that does the task today, whose rate in `rates:` it costs; nil: the site's rate.
    public var team: Reference?
    /// Whether `effort_hours` is written; a task without it is not costed yet and counts 0.
    public var isCosted: Bool
    public var channel: String?
    public var questions: Questions
    public var recommendation: Recommendation?
    /// Where the file starts, for diagnostics about the task as a whole.
    public var location: SourceLocation
    /// Where the `questions:` key is written, when it is.
    public var questionsLocation: SourceLocation?

    public init(id: String, file: String, title: String, owner: String? = nil, workload: Workload,
                hourlyRate: Double? = nil, team: Reference? = nil, isCosted: Bool = true, channel: String? = nil,
                questions: Questions = Questions(), recommendation: Recommendation? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.file = file
        self.title = title
        self.owner = owner
        self.workload = workload
        self.hourlyRate = hourlyRate
        self.team = team
        self.isCosted = isCosted
        self.channel = channel
        self.questions = questions
        self.recommendation = recommendation
        self.location = location ?? SourceLocation(file: file)
    }

    /// The six questions of the analysis; each answer is Markdown, nil while it is open.
    public struct Questions: Sendable {
        public var why: MarkdownText?
        public var better: MarkdownText?
        public var alternatives: [Alternative]
        public var obstacles: MarkdownText?
        public var `where`: MarkdownText?
        public var when: MarkdownText?
        public var who: MarkdownText?

        public init(why: MarkdownText? = nil, better: MarkdownText? = nil, alternatives: [Alternative] = [],
                    obstacles: MarkdownText? = nil, where: MarkdownText? = nil, when: MarkdownText? = nil,
                    who: MarkdownText? = nil) {
            self.why = why
            self.better = better
            self.alternatives = alternatives
            self.obstacles = obstacles
            self.where = `where`
            self.when = when
            self.who = who
        }
    }

    /// One alternative way of doing the task, with its pros and cons.
    public struct Alternative: Sendable {
        public var option: String
        public var pros: [MarkdownText]
        public var cons: [MarkdownText]

        public init(option: String, pros: [MarkdownText] = [], cons: [MarkdownText] = []) {
            self.option = option
            self.pros = pros
            self.cons = cons
        }
    }
}
