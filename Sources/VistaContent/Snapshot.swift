/// A snapshot of what the site showed at one moment, from `history/YYYY-MM-DD.yaml` (a second one
/// the same day is `YYYY-MM-DD-2.yaml`, …). Written by `vista publish` and `vista snapshot`, never
/// edited by Vista; compared with the current figures to say what changed since.
public struct Snapshot: Sendable, Identifiable, Equatable {
    /// The file name without extension: `2026-10-12` or `2026-10-12-2`.
    public var id: String
    /// The file it was read from, or will be written to: `history/2026-10-12.yaml`.
    public var file: String
    /// The day it was taken.
    public var date: Period
    /// 1 for the day's first snapshot, 2 for `-2`, …
    public var sequence: Int
    /// The time of day with its UTC offset, as written: `09:30:00+02:00`.
    public var time: String?
    /// The `--note` given to `vista publish` or `vista snapshot`; shown on the changes page and in the feed.
    public var note: String?
    /// What the site showed when it was taken.
    public var figures: SnapshotFigures
    /// Where the snapshot starts in its file, for diagnostics about it as a whole.
    public var location: SourceLocation

    /// A snapshot with its figures; without a location, diagnostics point at the file's first line.
    public init(id: String, file: String, date: Period, sequence: Int = 1, time: String? = nil, note: String? = nil,
                figures: SnapshotFigures, location: SourceLocation? = nil) {
        self.id = id
        self.file = file
        self.date = date
        self.sequence = sequence
        self.time = time
        self.note = note
        self.figures = figures
        self.location = location ?? SourceLocation(file: file)
    }

    /// Oldest first: by day, then by the number of the day's snapshot.
    public static func chronological(_ a: Snapshot, _ b: Snapshot) -> Bool {
        (a.date.firstDay, a.sequence) < (b.date.firstDay, b.sequence)
    }

    /// The id and sequence a snapshot file name stands for (`2026-10-12-2` → day 2026-10-12, 2),
    /// or nil when the name is not a real day with an optional `-N` (N ≥ 2).
    public static func parseID(_ id: String) -> (date: Period, sequence: Int)? {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        guard case .success(let date) = Period.parse(parts[0...2].joined(separator: "-")), date.granularity == .day else { return nil }
        guard parts.count == 4 else { return (date, 1) }
        guard let sequence = Int(parts[3]), sequence >= 2, String(sequence) == parts[3] else { return nil }
        return (date, sequence)
    }
}

/// The figures a snapshot keeps: the headline totals, every task's cost, every metric's latest
/// value and every proposal's status and milestones. Money and hours are kept to the cent.
public struct SnapshotFigures: Sendable, Equatable {
    /// The headline totals over all tasks.
    public var totals: Totals
    /// Every task's costs, by id.
    public var tasks: [TaskEntry]
    /// Every metric's latest value, by id; categorical metrics and metrics without data are left out.
    public var metrics: [MetricEntry]
    /// Every published proposal's status and milestones, by id; drafts are left out.
    public var proposals: [ProposalEntry]

    /// Figures from their parts; a part left out is empty.
    public init(totals: Totals = Totals(), tasks: [TaskEntry] = [], metrics: [MetricEntry] = [], proposals: [ProposalEntry] = []) {
        self.totals = totals
        self.tasks = tasks
        self.metrics = metrics
        self.proposals = proposals
    }

    /// The headline: cost today, cost the proposed way, hours of both.
    public struct Totals: Sendable, Equatable {
        /// What all tasks cost per year today, in the site's currency.
        public var current: Double = 0
        /// What they cost per year the proposed way, in the site's currency.
        public var proposed: Double = 0
        /// The hours per year they take today.
        public var currentHours: Double = 0
        /// The hours per year they take the proposed way.
        public var proposedHours: Double = 0

        /// Totals from their four figures; a figure left out is zero.
        public init(current: Double = 0, proposed: Double = 0, currentHours: Double = 0, proposedHours: Double = 0) {
            self.current = current
            self.proposed = proposed
            self.currentHours = currentHours
            self.proposedHours = proposedHours
        }

        /// The yearly saving in money: `current − proposed` (negative when the proposed way costs more).
        public var savings: Double { current - proposed }
        /// The yearly saving in hours: `currentHours − proposedHours`.
        public var savingsHours: Double { currentHours - proposedHours }
    }

    /// One task's cost per year today and the proposed way, and the recommended action.
    public struct TaskEntry: Sendable, Equatable {
        /// The task's id (its file name under `tasks/`).
        public var id: String
        /// Its cost per year today, in the site's currency.
        public var current: Double
        /// Its cost per year the proposed way, in the site's currency.
        public var proposed: Double
        /// The recommendation's action; nil for a task without one.
        public var action: String?
        /// Where the entry is in the snapshot file; nil for figures computed from the content.
        public var location: SourceLocation?

        /// One task's entry; `location` only for an entry read from a file.
        public init(id: String, current: Double, proposed: Double, action: String?, location: SourceLocation? = nil) {
            self.id = id
            self.current = current
            self.proposed = proposed
            self.action = action
            self.location = location
        }

        /// The yearly saving: `current − proposed`.
        public var savings: Double { current - proposed }

        /// Equal figures, wherever they were written.
        func sameFigures(as other: TaskEntry) -> Bool {
            id == other.id && SnapshotFigures.same(current, other.current) && SnapshotFigures.same(proposed, other.proposed) && action == other.action
        }
    }

    /// One metric's latest period and value (of its first series) and its target status.
    public struct MetricEntry: Sendable, Equatable {
        /// The metric's id (its file name under `metrics/`).
        public var id: String
        /// The latest period with a value in the first series.
        public var period: Period
        /// That value, in the metric's unit.
        public var value: Double
        /// The metric's `target`; nil without one.
        public var target: Double?
        /// `met` or `not-met`; nil without a target.
        public var targetMet: Bool?
        /// Where the entry is in the snapshot file; nil for figures computed from the content.
        public var location: SourceLocation?

        /// One metric's entry; `location` only for an entry read from a file.
        public init(id: String, period: Period, value: Double, target: Double? = nil, targetMet: Bool? = nil, location: SourceLocation? = nil) {
            self.id = id
            self.period = period
            self.value = value
            self.target = target
            self.targetMet = targetMet
            self.location = location
        }

        func sameFigures(as other: MetricEntry) -> Bool {
            id == other.id && period == other.period && value == other.value && target == other.target && targetMet == other.targetMet
        }
    }

    /// One proposal's status and milestones.
    public struct ProposalEntry: Sendable, Equatable {
        /// The proposal's id (its file name under `proposals/`).
        public var id: String
        /// Its `status` when the snapshot was taken.
        public var status: Proposal.Status
        /// Its `milestones`, in the order they were written.
        public var milestones: [MilestoneEntry]
        /// Where the entry is in the snapshot file; nil for figures computed from the content.
        public var location: SourceLocation?

        /// One proposal's entry; `location` only for an entry read from a file.
        public init(id: String, status: Proposal.Status, milestones: [MilestoneEntry] = [], location: SourceLocation? = nil) {
            self.id = id
            self.status = status
            self.milestones = milestones
            self.location = location
        }

        func sameFigures(as other: ProposalEntry) -> Bool {
            id == other.id && status == other.status && milestones.map(\.key) == other.milestones.map(\.key)
        }
    }

    /// A milestone, known by its title.
    public struct MilestoneEntry: Sendable, Equatable {
        /// What the milestone says, as written in the proposal.
        public var title: String
        /// Its `date`: the period it is due, as written.
        public var date: Period
        /// Whether it was marked `done: true`.
        public var done: Bool

        /// A milestone as the proposal lists it.
        public init(title: String, date: Period, done: Bool) {
            self.title = title
            self.date = date
            self.done = done
        }

        var key: String { "\(title)\u{0}\(date)\u{0}\(done)" }
    }

    /// The entry for a task id; nil when the snapshot has none.
    public func task(_ id: String) -> TaskEntry? { tasks.first { $0.id == id } }
    /// The entry for a metric id; nil when the snapshot has none.
    public func metric(_ id: String) -> MetricEntry? { metrics.first { $0.id == id } }
    /// The entry for a proposal id; nil when the snapshot has none.
    public func proposal(_ id: String) -> ProposalEntry? { proposals.first { $0.id == id } }

    /// Whether the figures are the same as another snapshot's, to the cent (where they were written
    /// does not count): a build right after a publish shows what that publish changed.
    public func sameFigures(as other: SnapshotFigures) -> Bool {
        Self.same(totals.current, other.totals.current) && Self.same(totals.proposed, other.totals.proposed)
            && Self.same(totals.currentHours, other.totals.currentHours) && Self.same(totals.proposedHours, other.totals.proposedHours)
            && tasks.count == other.tasks.count && zip(tasks, other.tasks).allSatisfy { $0.sameFigures(as: $1) }
            && metrics.count == other.metrics.count && zip(metrics, other.metrics).allSatisfy { $0.sameFigures(as: $1) }
            && proposals.count == other.proposals.count && zip(proposals, other.proposals).allSatisfy { $0.sameFigures(as: $1) }
    }

    /// Equal to the cent.
    public static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }

    /// A figure rounded to the cent, as snapshots keep it.
    static func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
