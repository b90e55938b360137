/// One recurring task and its analysis with the six questions, from `tasks/ID.yaml`.
public struct TaskAnalysis: Sendable, Identifiable {
    /// The file name without `.yaml`: `tasks/weekly-sales-report.yaml` has id `weekly-sales-report`.
    public var id: String
    /// The path of the file relative to the content folder.
    public var file: String
    /// `title` (required): the task's name, plain text.
    public var title: String
    /// `owner`: who does the task today.
    public var owner: String?
    /// How often, how long and for how many people the task runs today.
    public var workload: Workload
    /// The task's own cost of one person-hour; nil uses its team's or the site's.
    public var hourlyRate: Double?
    /// The team that does the task today, whose rate in `rates:` it costs; nil: the site's rate.
    public var team: Reference?
    /// Whether `effort_hours` is written; a task without it is not costed yet and counts 0.
    public var isCosted: Bool
    /// `channel`: how the task's result reaches people today (`Email attachment (PDF)`).
    public var channel: String?
    /// The answers under `questions:`.
    public var questions: Questions
    /// `recommendation`: what to do with the task and how it runs then; nil while none is made.
    public var recommendation: Recommendation?
    /// Where the file starts, for diagnostics about the task as a whole.
    public var location: SourceLocation
    /// Where the `questions:` key is written, when it is.
    public var questionsLocation: SourceLocation?

    /// A task as its file gives it; costed unless said, and without a location, diagnostics point at the file's first line.
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
        /// `why`: why the task is done this way.
        public var why: MarkdownText?
        /// `better`: how it could be done better; with `alternatives`, the second question.
        public var better: MarkdownText?
        /// `alternatives`: other ways, in the order they are written; any one answers "how could it be done better".
        public var alternatives: [Alternative]
        /// `obstacles`: what stands in the way.
        public var obstacles: MarkdownText?
        /// `where`: where the task belongs.
        public var `where`: MarkdownText?
        /// `when`: when and how often it should happen.
        public var when: MarkdownText?
        /// `who`: who should be involved.
        public var who: MarkdownText?

        /// Answers as written; a question left out is open.
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
        /// `option`: the alternative in a few words, plain text.
        public var option: String
        /// `pros`: what speaks for it, one Markdown item each.
        public var pros: [MarkdownText]
        /// `cons`: what speaks against it, one Markdown item each.
        public var cons: [MarkdownText]

        /// An alternative; without pros and cons when none are written.
        public init(option: String, pros: [MarkdownText] = [], cons: [MarkdownText] = []) {
            self.option = option
            self.pros = pros
            self.cons = cons
        }
    }
}
