/// When a snapshot is taken and under which name: its id (`2026-10-12`, `2026-10-12-2`), day,
/// time of day and note. `vista publish` stamps the snapshot before it builds, so that the site it
/// publishes already counts it, and writes it only once the publish succeeded.
public struct SnapshotStamp: Sendable, Equatable {
    public var id: String
    public var date: Period
    public var sequence: Int
    /// `09:30:00+02:00`.
    public var time: String
    public var note: String?

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
