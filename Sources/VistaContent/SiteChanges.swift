/// "Since last time" for a whole site: the figures a snapshot taken now would keep, the history,
/// and the window the site's "since" blocks compare (see `SnapshotHistory.window`).
public struct SiteChanges: Sendable, Equatable {
    /// The figures now, drafts left out, as a snapshot would keep them.
    public let current: SnapshotFigures
    /// The content's snapshots, oldest first.
    public let history: SnapshotHistory
    /// The day given by `--since` or `since:` in site.yaml, if any.
    public let since: Period?
    /// What the "since" blocks compare; nil when there is nothing to compare with.
    public let window: SnapshotHistory.Window?

    /// The changes of a content, compared with the snapshot that `since` picks (the latest when nil).
    public init(content: Content, since: Period?) {
        current = SnapshotFigures(content: content.withoutDrafts())
        history = content.history
        self.since = since
        window = history.window(current: current, since: since)
    }

    /// What changed within the window, for the whole site or one proposal; nil without a window.
    public func comparison(scope: SnapshotComparison.Scope = .site) -> SnapshotComparison? {
        guard let window else { return nil }
        return SnapshotComparison(from: window.from.figures, to: window.to?.figures ?? current, scope: scope)
    }

    /// Whether the current figures differ from the latest snapshot (or there is none): what a
    /// snapshot taken now would add.
    public var hasUnrecordedChanges: Bool {
        guard let latest = history.snapshots.last else { return true }
        return !latest.figures.sameFigures(as: current)
    }
}
