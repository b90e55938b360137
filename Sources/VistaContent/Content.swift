/// Everything in a content folder, loaded and checked: the typed model the site is built from.
public struct Content: Sendable {
    /// The settings from `site.yaml`.
    public var site: SiteConfig
    /// The home page, from `vision.md`.
    public var vision: Vision
    /// Every proposal, drafts included, by id.
    public var proposals: [Proposal]
    /// Every task analysis under `tasks/`, by id.
    public var tasks: [TaskAnalysis]
    /// Every metric under `metrics/`, by id.
    public var metrics: [Metric]
    /// Every free page under `pages/`, by id.
    public var pages: [Page]
    /// Files under `assets/`, as content paths (`assets/logo.svg`).
    public var assets: [String]
    /// Theme overrides under `theme/`, by file name (`page.mustache` → `theme/page.mustache`).
    public var themeFiles: [String: String]
    /// The snapshots in `history/`, oldest first.
    public var history: SnapshotHistory = SnapshotHistory([])
    /// The site's own words in `i18n/<language>.yaml`, by language: they take the place of the
    /// theme's words for that language.
    public var words: [String: CatalogueFile] = [:]

    /// Content from its parts; the snapshots are sorted oldest first.
    public init(site: SiteConfig, vision: Vision, proposals: [Proposal] = [], tasks: [TaskAnalysis] = [],
                metrics: [Metric] = [], pages: [Page] = [], assets: [String] = [], themeFiles: [String: String] = [:],
                history: [Snapshot] = []) {
        self.site = site
        self.vision = vision
        self.proposals = proposals
        self.tasks = tasks
        self.metrics = metrics
        self.pages = pages
        self.assets = assets
        self.themeFiles = themeFiles
        self.history = SnapshotHistory(history)
    }

    /// The task with this id; nil when there is none.
    public func task(_ id: String) -> TaskAnalysis? { tasks.first { $0.id == id } }
    /// The metric with this id; nil when there is none.
    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
    /// The page with this id; nil when there is none.
    public func page(_ id: String) -> Page? { pages.first { $0.id == id } }
    /// The proposal with this id, draft or not; nil when there is none.
    public func proposal(_ id: String) -> Proposal? { proposals.first { $0.id == id } }

    /// The cost model with the site's hourly rate (0 when the site sets none and every task has its
    /// own), its teams' rates and its horizon.
    public var costModel: CostModel {
        CostModel(hourlyRate: site.hourlyRate ?? 0, rates: site.rates, horizonYears: site.horizonYears)
    }

    /// The tasks a proposal covers, in the order it lists them (`all`: every task).
    public func tasks(of proposal: Proposal) -> [TaskAnalysis] {
        switch proposal.tasks {
        case .all: tasks
        case .some(let references): references.compactMap { task($0.value) }
        }
    }

    /// The period the data runs up to: the latest period with a value in any metric.
    public var asOf: Period? {
        metrics.compactMap(\.latestPeriod).max()
    }

    /// The content without draft proposals.
    public func withoutDrafts() -> Content {
        var copy = self
        copy.proposals.removeAll { $0.status == .draft }
        return copy
    }

    /// Section ids that the navigation may name besides page ids.
    public static let sections = ["home", "proposals", "tasks", "dashboard", "changes"]
    /// Ids that pages may not take, because the site uses them for its own folders.
    public static let reservedPageIDs = ["proposals", "tasks", "metrics", "dashboard", "assets", "changes"]
}
