import Foundation
import Testing
@testable import VistaContent

/// Snapshots: written and read back unchanged, named by their day, compared by hand-computed
/// figures, and the rule that picks what "since" compares.
@Suite struct SnapshotTests {
    static func figures(saving tasks: [(String, Double, Double)], metrics: [(String, String, Double)] = [],
                        proposals: [SnapshotFigures.ProposalEntry] = []) -> SnapshotFigures {
        var figures = SnapshotFigures()
        for (id, current, proposed) in tasks {
            figures.tasks.append(.init(id: id, current: current, proposed: proposed, action: "reduce"))
            figures.totals.current += current
            figures.totals.proposed += proposed
        }
        figures.metrics = metrics.map { id, period, value in
            .init(id: id, period: try! Period.parse(period).get(), value: value)
        }
        figures.proposals = proposals
        return figures
    }

    static func day(_ text: String) -> Period { try! Period.parse(text).get() }

    static func snapshot(_ id: String, _ figures: SnapshotFigures) -> Snapshot {
        let parsed = Snapshot.parseID(id)!
        return Snapshot(id: id, file: "history/\(id).yaml", date: parsed.date, sequence: parsed.sequence, figures: figures)
    }

    @Test func aSnapshotOfTheClinicRoundTripsThroughItsYAML() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        let figures = SnapshotFigures(content: content)
        let snapshot = Snapshot(id: "2026-10-12-2", file: "history/2026-10-12-2.yaml", date: Self.day("2026-10-12"), sequence: 2,
                                time: "09:30:00+02:00", note: "Quotes \" and: colons, # hashes, 'yes', 123\nand a second line — ü",
                                figures: figures)
        let folder = TestSupport.copy(of: "clinic", replacing: ["history/2026-10-12-2.yaml": try snapshot.yaml()])
        let loaded = ContentLoader(root: folder).load()
        #expect(loaded.succeeded, "\(loaded.diagnostics)")
        let read = try #require(loaded.content?.history.snapshots.first)
        #expect(read.id == "2026-10-12-2" && read.sequence == 2 && read.date == Self.day("2026-10-12"))
        #expect(read.time == "09:30:00+02:00")
        #expect(read.note == snapshot.note)
        #expect(read.figures.sameFigures(as: figures))
        #expect(read.figures.tasks.map(\.id) == content.tasks.map(\.id).sorted())
        #expect(read.figures.proposals.flatMap(\.milestones) == figures.proposals.flatMap(\.milestones))
    }

    @Test func fileNamesAreDaysWithAnOptionalNumber() {
        #expect(Snapshot.parseID("2026-10-12")?.sequence == 1)
        #expect(Snapshot.parseID("2026-10-12-2")?.sequence == 2)
        #expect(Snapshot.parseID("2026-10-12-1") == nil)
        #expect(Snapshot.parseID("2026-10-12-02") == nil)
        #expect(Snapshot.parseID("2026-13-01") == nil)
        #expect(Snapshot.parseID("2026-02-30") == nil)
        #expect(Snapshot.parseID("2026-10") == nil)
        #expect(Snapshot.parseID("latest") == nil)
        #expect(SnapshotHistory.newID(on: Self.day("2026-10-12"), existing: []) == "2026-10-12")
        #expect(SnapshotHistory.newID(on: Self.day("2026-10-12"), existing: ["2026-10-12"]) == "2026-10-12-2")
        #expect(SnapshotHistory.newID(on: Self.day("2026-10-12"), existing: ["2026-10-12", "2026-10-12-2"]) == "2026-10-12-3")
    }

    @Test func timesOfDay() {
        for good in ["09:30", "09:30:15", "09:30:15Z", "09:30:15+02:00", "23:59-05:30"] { #expect(Snapshot.isTime(good), "\(good)") }
        for bad in ["9:30", "24:00", "09:60", "noon", "09:30:15+2", "09:30:15+15:00"] { #expect(!Snapshot.isTime(bad), "\(bad)") }
    }

    @Test func theComparisonHasTheHandComputedFigures() {
        let task = SnapshotFigures.ProposalEntry(id: "task-force", status: .proposed, milestones: [
            .init(title: "Formed", date: Self.day("2026-03-01"), done: false),
            .init(title: "Review", date: Self.day("2026-06-30"), done: false),
            .init(title: "Hand-over", date: Self.day("2026-09-30"), done: false),
        ])
        var later = task
        later.status = .approved
        later.milestones[0].done = true
        later.milestones[1].date = Self.day("2026-07-31")
        later.milestones[2].date = Self.day("2026-09-15")
        let old = Self.figures(saving: [("a", 10_000, 4_000), ("b", 2_000, 2_000)], metrics: [("cost", "2026-09", 6_240), ("gone", "2026-09", 1)],
                               proposals: [task])
        let new = Self.figures(saving: [("a", 9_000, 4_000), ("b", 2_000, 2_000), ("c", 500, 0)], metrics: [("cost", "2026-10", 6_110)],
                               proposals: [later])
        let comparison = SnapshotComparison(from: old, to: new)
        // Saving: 6,000 + 0 then; 5,000 + 0 + 500 now: down 500.
        #expect(comparison.savings == .init(from: 6_000, to: 5_500))
        #expect(comparison.tasks.map(\.id) == ["a", "c"])
        #expect(comparison.tasks[1].isAdded)
        #expect(comparison.metrics.map(\.id) == ["cost", "gone"])
        #expect(comparison.metrics[0].change == -130)
        #expect(abs(comparison.metrics[0].percent! - (-130.0 / 6_240 * 100)) < 1e-9)
        #expect(comparison.metrics[0].verdict(better: .lower) == .good)
        #expect(comparison.metrics[0].verdict(better: .higher) == .bad)
        #expect(comparison.metrics[1].isRemoved)
        #expect(comparison.statuses == [.init(proposal: "task-force", from: .proposed, to: .approved)])
        #expect(comparison.milestones.map(\.kind) == [.done, .slipped(from: Self.day("2026-06-30"), to: Self.day("2026-07-31")),
                                                      .broughtForward(from: Self.day("2026-09-30"), to: Self.day("2026-09-15"))])
        // A proposal's scope: the saving of its tasks only.
        let scoped = SnapshotComparison(from: old, to: new, scope: .init(tasks: ["b"], metrics: [], proposals: []))
        #expect(scoped.isEmpty)
    }

    @Test func theWindowFollowsTheRule() {
        let first = Self.snapshot("2026-09-14", Self.figures(saving: [("a", 100, 50)]))
        let second = Self.snapshot("2026-10-12", Self.figures(saving: [("a", 100, 40)]))
        let third = Self.snapshot("2026-10-12-2", Self.figures(saving: [("a", 100, 30)]))
        let history = SnapshotHistory([third, first, second])
        #expect(history.snapshots.map(\.id) == ["2026-09-14", "2026-10-12", "2026-10-12-2"])
        // Now differs from the latest: the latest against now.
        #expect(history.window(current: Self.figures(saving: [("a", 100, 20)])) == .init(from: third, to: nil))
        // Now equals the latest (to the cent): what the latest changed against the one before.
        #expect(history.window(current: Self.figures(saving: [("a", 100, 30.001)])) == .init(from: second, to: third))
        // since: the snapshot at or before the day, against now.
        #expect(history.window(current: third.figures, since: Self.day("2026-10-01")) == .init(from: first, to: nil))
        #expect(history.window(current: third.figures, since: Self.day("2026-10-12")) == .init(from: third, to: nil))
        #expect(history.window(current: third.figures, since: Self.day("2026-09-13")) == nil)
        // Only one snapshot, equal to now: nothing to show.
        #expect(SnapshotHistory([first]).window(current: first.figures) == nil)
        #expect(SnapshotHistory([]).window(current: first.figures) == nil)
    }

    @Test func checkWarnsAboutRemovedTasksAndMetrics() throws {
        let yaml = """
        date: 2026-10-12
        tasks:
          no-such-task: {current: 100, proposed: 50, action: reduce}
        metrics:
          no-such-metric: {period: 2026-09, value: 3}
        """
        let folder = TestSupport.copy(of: "clinic", replacing: ["history/2026-10-12.yaml": yaml])
        let content = try #require(ContentLoader(root: folder).load().content)
        let warnings = ContentChecks(content: content).run().map { $0.formatted(contentFolder: "Content") }
        #expect(warnings.contains("Content/history/2026-10-12.yaml:3:3: warning: the snapshot names the task 'no-such-task', which no longer exists; it is shown as removed\n    hint: if the task was renamed, its history starts again under the new id"))
        #expect(warnings.contains { $0.hasPrefix("Content/history/2026-10-12.yaml:5:3: warning: the snapshot names the metric 'no-such-metric'") })
    }
}
