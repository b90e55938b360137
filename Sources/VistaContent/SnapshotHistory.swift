/// The snapshots of `history/`, oldest first, and the rule that picks what "since" compares:
/// changes are always measured between a snapshot and now, the same way everywhere.
public struct SnapshotHistory: Sendable, Equatable {
    /// Every snapshot, oldest first.
    public let snapshots: [Snapshot]

    /// The snapshots in any order, sorted oldest first.
    public init(_ snapshots: [Snapshot]) {
        self.snapshots = snapshots.sorted(by: Snapshot.chronological)
    }

    /// What a "since" block compares: an older snapshot with a newer one, or with now (`to` nil).
    public struct Window: Sendable, Equatable {
        /// The older snapshot.
        public var from: Snapshot
        /// The newer snapshot; nil for the current figures.
        public var to: Snapshot?
    }

    /// The window for the current figures:
    /// - with `since`, the latest snapshot at or before that day, compared with now (none when
    ///   no snapshot is that old);
    /// - otherwise the latest snapshot compared with now — unless now equals it, then that
    ///   snapshot compared with the one before, so that a build right after a publish shows what
    ///   the published site shows.
    public func window(current: SnapshotFigures, since: Period? = nil) -> Window? {
        if let since {
            return snapshots.last { $0.date.firstDay <= since.lastDay }.map { Window(from: $0, to: nil) }
        }
        guard let latest = snapshots.last else { return nil }
        guard latest.figures.sameFigures(as: current) else { return Window(from: latest, to: nil) }
        return snapshots.dropLast().last.map { Window(from: $0, to: latest) }
    }

    /// Each snapshot, newest first, with the one before it (nil for the first).
    public var pairsNewestFirst: [(snapshot: Snapshot, previous: Snapshot?)] {
        snapshots.indices.reversed().map { (snapshots[$0], $0 > 0 ? snapshots[$0 - 1] : nil) }
    }

    /// The file name for a new snapshot taken on `day`: `history/2026-10-12.yaml`, or `-2`, `-3`, …
    /// after the ones that exist (`existing` holds the ids of every file in `history/`).
    public static func newID(on day: Period, existing: Set<String>) -> String {
        let base = day.description
        guard existing.contains(base) else { return base }
        var sequence = 2
        while existing.contains("\(base)-\(sequence)") { sequence += 1 }
        return "\(base)-\(sequence)"
    }
}
