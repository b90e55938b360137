import VistaContent

/// Which pages a change to the content re-renders. Each page's dependencies are recorded while it
/// renders (`PageState.use`); a change is turned into the dependencies it touches; a page is
/// re-rendered when it shares one with the change. On top of that:
///
/// - a change to what every page shows — `site.yaml`, any theme file, the navigation (which pages
///   it lists, their titles) or the data's "as of" period — re-renders every page;
/// - a page that lists back-references — a task page names the proposals that cover the task and
///   the tasks merged into it, a metric page the proposals that track it — is re-rendered when an
///   item that names it changes, in its old version or its new one;
/// - pages that are new are rendered; pages whose item is gone are removed.
///
/// So a task change touches its page, the tasks index, the home headline, the proposals (and the
/// proposals index) that show its figures, and the pages that embed or link it; a metric change its
/// page, the dashboard and the pages that embed it or highlight it; a page's Markdown that page; a
/// template change every page. A change that moves the "since" window (the first edit of the
/// figures after a snapshot, or one that makes them equal it again) re-renders every page with a
/// "since" block.
struct DependencyGraph: Sendable {
    /// Every page by its file (`tasks/x/index.html`), with what it was made from.
    private(set) var pages: [String: Set<Dependency>] = [:]

    /// Records what a page was made from, replacing what it was made from before.
    mutating func record(_ file: String, _ dependencies: Set<Dependency>) {
        pages[file] = dependencies
    }

    mutating func remove(_ file: String) {
        pages[file] = nil
    }

    /// What one rebuild changes, worked out from the graphs before and after and the content paths
    /// that changed (added, removed or modified).
    struct Change: Sendable {
        /// Whether every page must be rendered again, and why.
        var everything: String?
        /// The dependencies the change touches.
        var touched: Set<Dependency> = []
        /// Pages that show a back-reference to a changed item.
        var backReferences: Set<String> = []
        /// Pages of the new graph that did not exist before, and pages of the old graph that are gone.
        var added: Set<String> = []
        var removed: Set<String> = []
    }

    /// The change between two graphs, given the content paths that changed between them.
    static func change(from old: SiteGraph, to new: SiteGraph, paths: Set<String>) -> Change {
        var change = Change()
        if paths.contains("site.yaml") { change.everything = "site.yaml changed" }
        if let theme = paths.sorted().first(where: { $0.hasPrefix("theme/") }) { change.everything = "\(theme) changed" }
        if old.format.words != new.format.words { change.everything = "the words changed" }
        if Navigation(content: old.content, words: old.format.words).items != Navigation(content: new.content, words: new.format.words).items { change.everything = "the navigation changed" }
        if old.asOf != new.asOf { change.everything = "the data's latest period changed" }
        if let snapshot = paths.sorted().first(where: { $0.hasPrefix("history/") }) { change.everything = "\(snapshot) changed" }

        // A metric's CSV file stands for its metric.
        var files = paths
        for metric in old.content.metrics + new.content.metrics {
            if let data = metric.dataFile, paths.contains(data) { files.insert(metric.file) }
        }
        for file in files {
            change.touched.insert(.file(file))
            if let kind = Dependency.ContentKind(path: file) { change.touched.insert(.all(kind)) }
        }
        if old.changes.window?.from.id != new.changes.window?.from.id || old.changes.window?.to?.id != new.changes.window?.to?.id {
            change.touched.insert(.sinceWindow)
        }
        // Links: every content path whose target differs (a proposal that becomes a draft has none).
        for key in Set(old.targets.keys).union(new.targets.keys) where old.targets[key] != new.targets[key] {
            change.touched.insert(.link(key))
        }

        // Back-references, from the old and the new version of each changed item.
        for graph in [old, new] {
            for proposal in graph.content.proposals where files.contains(proposal.file) {
                for task in graph.tasks(of: proposal) { change.backReferences.insert(PageRoute.task(task.id).file) }
                for metric in proposal.metrics { change.backReferences.insert(PageRoute.metric(metric.value).file) }
            }
            for task in graph.content.tasks where files.contains(task.file) {
                if let into = task.recommendation?.into { change.backReferences.insert(PageRoute.task(into.value).file) }
            }
        }

        let oldPages = Set(PageKind.all(in: old.content).map(\.file)), newPages = Set(PageKind.all(in: new.content).map(\.file))
        change.added = newPages.subtracting(oldPages)
        change.removed = oldPages.subtracting(newPages)
        return change
    }

    /// The pages (by file) to render again for a change, among the pages of the new graph.
    func pages(touchedBy change: Change, in newPages: Set<String>) -> Set<String> {
        if change.everything != nil { return newPages }
        var result = change.added.union(change.backReferences)
        for (file, dependencies) in pages where !dependencies.isDisjoint(with: change.touched) { result.insert(file) }
        return result.intersection(newPages)
    }
}

extension Navigation.Item: Equatable {
    static func == (a: Navigation.Item, b: Navigation.Item) -> Bool {
        a.id == b.id && a.title == b.title && a.route == b.route
    }
}
