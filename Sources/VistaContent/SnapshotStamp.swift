/// When a snapshot is taken and under which name: its id (`2026-10-12`, `2026-10-12-2`), day,
/// time of day and note. `vista publish` stamps the snapshot before it builds, so that the site it
/// publishes already counts it, and writes it only once the publish succeeded.
public struct SnapshotStamp: Sendable, Equatable {
    /// The snapshot's file name without `.yaml`: `2026-10-12`, or `2026-10-12-2` for the day's second.
    public var id: String
    /// The day it is taken.
    public var date: Period
    /// 1 for the day's first snapshot, 2 for `-2`, …
    public var sequence: Int
    /// `09:30:00+02:00`.
    public var time: String
    /// The `--note` given to `vista publish` or `vista snapshot`; nil without one.
    public var note: String?

    /// A stamp for a snapshot, as `vista publish` and `vista snapshot` make it.
    public init(id: String, date: Period, sequence: Int, time: String, note: String?) {
        self.id = id
        self.date = date
        self.sequence = sequence
        self.time = time
        self.note = note
    }

    /// The snapshot of a content's figures now, drafts left out.
    public func snapshot(of content: Content) -> Snapshot {
        Snapshot(id: id, file: "history/\(id).yaml", date: date, sequence: sequence, time: time, note: note,
                 figures: SnapshotFigures(content: content.withoutDrafts()))
    }
}
