/// Something a page was made from, recorded while it renders, so that a change to the content
/// re-renders only the pages that show what changed. What every page shows — `site.yaml`, the
/// theme, the navigation and the "as of" period — is not recorded: a change to it re-renders all.
public enum Dependency: Hashable, Sendable {
    /// The content of one item (task, metric, proposal, page or the vision), by its content file:
    /// `tasks/weekly-report.yaml`. A metric's CSV file counts as its YAML file.
    case file(String)
    /// Whether a content path is a link target, and what it leads to: a link in Markdown to
    /// `tasks/x.yaml` depends on the task existing (and its proposal not being a draft).
    case link(String)
    /// Every item of a kind: their list, their order and each one's content (the tasks index, the
    /// dashboard, the headline over all tasks, a proposal that covers all tasks).
    case all(ContentKind)
    /// Which snapshots the "since" blocks compare (`SnapshotHistory.Window`). Without `since:` it
    /// moves when the figures come to equal the latest snapshot, or stop equalling it.
    case sinceWindow

    /// The kinds of content items, by their folder.
    public enum ContentKind: String, Hashable, Sendable, CaseIterable {
        case tasks, metrics, proposals, pages

        /// The kind of the item a content path holds, if it is an item's file.
        public init?(path: String) {
            guard let slash = path.firstIndex(of: "/"), let kind = ContentKind(rawValue: String(path[..<slash])) else { return nil }
            let name = path[path.index(after: slash)...]
            guard !name.contains("/") else { return nil }
            let extensions = kind == .tasks || kind == .metrics ? [".yaml", ".yml"] : [".md", ".markdown"]
            guard extensions.contains(where: { name.lowercased().hasSuffix($0) }) else { return nil }
            self = kind
        }
    }
}
