/// What changed between two sets of snapshot figures (an older snapshot and a newer one, or a
/// snapshot and now): the saving, the tasks' costs, the metrics that moved, milestones done or
/// slipped, status changes, and what was added or removed.
public struct SnapshotComparison: Sendable, Equatable {
    /// Which part of the figures to compare: the whole site, or one proposal's tasks, metrics and status.
    public struct Scope: Sendable, Equatable {
        /// Task ids whose saving is summed; nil for the site's headline totals.
        public var tasks: [String]?
        /// Metric ids to compare; nil for all.
        public var metrics: [String]?
        /// Proposal ids to compare; nil for all.
        public var proposals: [String]?

        /// A scope; each list left out (nil) means all of its kind.
        public init(tasks: [String]? = nil, metrics: [String]? = nil, proposals: [String]? = nil) {
            self.tasks = tasks
            self.metrics = metrics
            self.proposals = proposals
        }

        /// The whole site.
        public static let site = Scope()
    }

    /// A money figure then and now.
    public struct Amount: Sendable, Equatable {
        /// The figure in the older figures.
        public var from: Double
        /// The figure in the newer figures.
        public var to: Double
        /// `to − from`: positive when the figure grew.
        public var change: Double { to - from }
    }

    /// A task whose cost or action changed, or that was added or removed.
    public struct TaskChange: Sendable, Equatable {
        /// The task's id.
        public var id: String
        /// Its entry in the older figures; nil when the task was added.
        public var from: SnapshotFigures.TaskEntry?
        /// Its entry in the newer figures; nil when the task was removed.
        public var to: SnapshotFigures.TaskEntry?
        /// Whether the task is gone from the newer figures.
        public var isRemoved: Bool { to == nil }
        /// Whether the task is new in the newer figures.
        public var isAdded: Bool { from == nil }
    }

    /// A metric whose latest value changed, or that was added or removed.
    public struct MetricChange: Sendable, Equatable {
        /// The metric's id.
        public var id: String
        /// Its entry in the older figures; nil when the metric was added (or had no data then).
        public var from: SnapshotFigures.MetricEntry?
        /// Its entry in the newer figures; nil when the metric was removed (or has no data now).
        public var to: SnapshotFigures.MetricEntry?
        /// Whether the metric is gone from the newer figures.
        public var isRemoved: Bool { to == nil }
        /// Whether the metric is new in the newer figures.
        public var isAdded: Bool { from == nil }
        /// The change of the value; nil when the metric was added or removed.
        public var change: Double? {
            guard let from, let to else { return nil }
            return to.value - from.value
        }
        /// The change as a percentage of the earlier value; nil when that was zero.
        public var percent: Double? {
            guard let from, let change, from.value != 0 else { return nil }
            return change / abs(from.value) * 100
        }

        /// Whether the move is good, given which direction is better.
        public func verdict(better: Metric.Direction) -> MetricFigures.Verdict {
            guard let change, change != 0 else { return .unchanged }
            return (change > 0) == (better == .higher) ? .good : .bad
        }
    }

    /// A milestone that was reached, slipped (its date moved later), moved earlier, or was added.
    public struct MilestoneChange: Sendable, Equatable {
        /// What happened to the milestone; `slipped` and `broughtForward` carry its old and new date.
        public enum Kind: Sendable, Equatable {
            case done
            case slipped(from: Period, to: Period)
            case broughtForward(from: Period, to: Period)
            case added
        }
        /// The id of the proposal the milestone belongs to.
        public var proposal: String
        /// The milestone's title, which is how it is recognised between snapshots.
        public var title: String
        /// Its date in the newer figures.
        public var date: Period
        /// What happened to it.
        public var kind: Kind
    }

    /// A proposal whose status changed (`from` is nil for a proposal that is new).
    public struct StatusChange: Sendable, Equatable {
        /// The proposal's id.
        public var proposal: String
        /// Its status in the older figures; nil when the proposal is new (or was a draft then).
        public var from: Proposal.Status?
        /// Its status in the newer figures; nil when it was removed (or is a draft now).
        public var to: Proposal.Status?
    }

    /// The saving per year then and now; nil when it did not change (to the cent).
    public var savings: Amount?
    /// The tasks whose cost or action changed, or that were added or removed, in the scope's order.
    public var tasks: [TaskChange] = []
    /// The metrics whose latest value changed, or that were added or removed.
    public var metrics: [MetricChange] = []
    /// The milestones done, slipped, brought forward or added, proposal by proposal.
    public var milestones: [MilestoneChange] = []
    /// The proposals whose status changed, or that were added or removed.
    public var statuses: [StatusChange] = []

    /// Whether nothing changed.
    public var isEmpty: Bool { savings == nil && tasks.isEmpty && metrics.isEmpty && milestones.isEmpty && statuses.isEmpty }

    /// Compares older figures with newer ones, within a scope.
    public init(from old: SnapshotFigures, to new: SnapshotFigures, scope: Scope = .site) {
        let saving: (SnapshotFigures) -> Double = { figures in
            guard let ids = scope.tasks else { return figures.totals.savings }
            return ids.compactMap { figures.task($0)?.savings }.reduce(0, +)
        }
        let (before, after) = (saving(old), saving(new))
        if !SnapshotFigures.same(before, after) { savings = Amount(from: before, to: after) }

        let taskIDs = scope.tasks ?? Self.union(old.tasks.map(\.id), new.tasks.map(\.id))
        for id in taskIDs {
            let (a, b) = (old.task(id), new.task(id))
            if a == nil, b == nil { continue }
            if let a, let b, a.sameFigures(as: b) { continue }
            tasks.append(TaskChange(id: id, from: a, to: b))
        }
        let metricIDs = scope.metrics ?? Self.union(old.metrics.map(\.id), new.metrics.map(\.id))
        for id in metricIDs {
            let (a, b) = (old.metric(id), new.metric(id))
            if a == nil, b == nil { continue }
            if let a, let b, a.value == b.value { continue }
            metrics.append(MetricChange(id: id, from: a, to: b))
        }
        let proposalIDs = scope.proposals ?? Self.union(old.proposals.map(\.id), new.proposals.map(\.id))
        for id in proposalIDs {
            let (a, b) = (old.proposal(id), new.proposal(id))
            if a?.status != b?.status, b != nil || a != nil { statuses.append(StatusChange(proposal: id, from: a?.status, to: b?.status)) }
            guard let a, let b else { continue }
            for milestone in b.milestones {
                guard let earlier = a.milestones.first(where: { $0.title == milestone.title }) else {
                    milestones.append(MilestoneChange(proposal: id, title: milestone.title, date: milestone.date, kind: .added))
                    continue
                }
                if milestone.done, !earlier.done {
                    milestones.append(MilestoneChange(proposal: id, title: milestone.title, date: milestone.date, kind: .done))
                } else if !milestone.done, milestone.date.lastDay > earlier.date.lastDay {
                    milestones.append(MilestoneChange(proposal: id, title: milestone.title, date: milestone.date,
                                                      kind: .slipped(from: earlier.date, to: milestone.date)))
                } else if !milestone.done, milestone.date.lastDay < earlier.date.lastDay {
                    milestones.append(MilestoneChange(proposal: id, title: milestone.title, date: milestone.date,
                                                      kind: .broughtForward(from: earlier.date, to: milestone.date)))
                }
            }
        }
    }

    /// The ids of both lists, each once, in order: the first list's, then the new ones of the second.
    private static func union(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a)
        return a + b.filter { seen.insert($0).inserted }
    }
}
