import Foundation
import VistaContent

/// The content resolved for rendering: what is published, where each page lives, every task's
/// cost figures and the totals, the data's "as of" period and the navigation. Pages are pure
/// functions of this value.
public final class SiteGraph: Sendable {
    /// The content that is published: without draft proposals unless drafts are built.
    public let content: Content
    /// Proposals left out because they are drafts.
    public let draftsLeftOut: [Proposal]
    /// The base URL: from `--base-url` when given, else from `site.yaml`.
    public let baseURL: String
    /// Every task's cost figures, by task id (a task without `effort_hours` counts 0).
    public let figures: [String: TaskFigures]
    /// The sums over all tasks: the headline saving, the one-off cost, payback, the net over `horizon_years`.
    public let totals: CostTotals
    /// The latest period with a value in any metric, shown as "as of"; nil when no metric has a value.
    public let asOf: Period?
    /// How numbers, money, periods and Vista's words read, by `language` and `currency` in `site.yaml`.
    public let format: SiteFormat
    /// Where each content file is published: `tasks/x.yaml` → the task's page.
    public let targets: [String: LinkTarget]
    /// Items by id, and which items list which, made once so that every page finds them at once.
    let tasksByID: [String: TaskAnalysis]
    let metricsByID: [String: Metric]
    /// The proposals that cover each task, and that track each metric, in the order of `content.proposals`.
    let proposalsByTask: [String: [Proposal]]
    let proposalsByMetric: [String: [Proposal]]
    /// The tasks merged into each task (`recommendation.into`), in the order of `content.tasks`.
    let mergedInto: [String: [TaskAnalysis]]
    /// The figures a snapshot taken now would keep, and what "since" compares them with.
    public let changes: SiteChanges

    /// What a link to a content file leads to.
    public enum LinkTarget: Sendable, Hashable {
        case page(PageRoute)
        case file(String)
    }

    /// Resolves `all` once for a build: drafts left out unless `includeDrafts`; `override` is `--base-url`
    /// (nil keeps `base_url` of `site.yaml`); `since` is `--since` (nil keeps `since:` of `site.yaml`).
    public init(content all: Content, includeDrafts: Bool, baseURL override: String?, since: Period? = nil) {
        content = includeDrafts ? all : all.withoutDrafts()
        changes = SiteChanges(content: all, since: since ?? all.site.since?.value)
        draftsLeftOut = includeDrafts ? [] : all.proposals.filter { $0.status == .draft }
        baseURL = override.map(SiteConfig.normaliseBaseURL) ?? all.site.baseURL
        // Read once: every link of every page asks for them (the site's settings with this build's base URL).
        var withBase = all.site
        withBase.baseURL = baseURL
        hasFullBaseURL = withBase.hasFullBaseURL
        basePath = withBase.basePath
        let model = content.costModel
        var figures: [String: TaskFigures] = [:]
        for task in content.tasks { figures[task.id] = model.figures(for: task) }
        self.figures = figures
        totals = CostTotals(content.tasks.compactMap { figures[$0.id] }, horizonYears: model.horizonYears)
        asOf = content.asOf
        format = SiteFormat(language: content.site.language, currency: content.site.currency,
                            words: SiteWords.catalogue(language: content.site.language, overrides: content.words))
        var targets: [String: LinkTarget] = ["vision.md": .page(.home), "site.yaml": .page(.home)]
        for proposal in content.proposals { targets[proposal.file] = .page(.proposal(proposal.id)) }
        for task in content.tasks { targets[task.file] = .page(.task(task.id)) }
        for metric in content.metrics {
            targets[metric.file] = .page(.metric(metric.id))
            if let dataFile = metric.dataFile { targets[dataFile] = .file("metrics/\(metric.id).csv") }
        }
        for page in content.pages { targets[page.file] = .page(.page(page.id)) }
        for asset in content.assets { targets[asset] = .file(asset) }
        self.targets = targets
        var tasksByID: [String: TaskAnalysis] = [:]
        var mergedInto: [String: [TaskAnalysis]] = [:]
        for task in content.tasks {
            if tasksByID[task.id] == nil { tasksByID[task.id] = task }
            if let into = task.recommendation?.into?.value { mergedInto[into, default: []].append(task) }
        }
        self.tasksByID = tasksByID
        self.mergedInto = mergedInto
        var metricsByID: [String: Metric] = [:]
        for metric in content.metrics where metricsByID[metric.id] == nil { metricsByID[metric.id] = metric }
        self.metricsByID = metricsByID
        var proposalsByTask: [String: [Proposal]] = [:]
        var proposalsByMetric: [String: [Proposal]] = [:]
        for proposal in content.proposals {
            let ids: [String]
            switch proposal.tasks {
            case .all: ids = content.tasks.map(\.id)
            case .some(let references): ids = references.map(\.value).filter { tasksByID[$0] != nil }
            }
            for id in Set(ids) { proposalsByTask[id, default: []].append(proposal) }
            for id in Set(proposal.metrics.map(\.value)) { proposalsByMetric[id, default: []].append(proposal) }
        }
        self.proposalsByTask = proposalsByTask
        self.proposalsByMetric = proposalsByMetric
    }

    /// A task by id.
    func task(_ id: String) -> TaskAnalysis? { tasksByID[id] }

    /// A metric by id.
    func metric(_ id: String) -> Metric? { metricsByID[id] }

    /// The tasks a proposal covers, in the order it lists them (`all`: every task).
    func tasks(of proposal: Proposal) -> [TaskAnalysis] {
        switch proposal.tasks {
        case .all: content.tasks
        case .some(let references): references.compactMap { tasksByID[$0.value] }
        }
    }

    /// The totals over a proposal's tasks.
    public func totals(of proposal: Proposal) -> CostTotals { totals(of: tasks(of: proposal)) }

    /// The totals over some tasks: every total of the site is summed here.
    public func totals(of tasks: [TaskAnalysis]) -> CostTotals {
        CostTotals(tasks.compactMap { figures[$0.id] }, horizonYears: totals.horizonYears)
    }

    /// Whether the base URL is a full URL, so that canonical links and `og:url` can be absolute.
    public let hasFullBaseURL: Bool

    /// The path part of the base URL, e.g. `/proposals/reporting/`.
    public let basePath: String

    /// The address of a page, percent-encoded: absolute when the base URL is full, else its path
    /// from the server root.
    public func publicURL(of route: PageRoute) -> String { publicURL(ofPath: route.folder) }

    /// The address of a path relative to the site's root (`assets/logo.svg`), percent-encoded.
    /// The scheme, host and port of a full base URL stay as written; only the path is encoded.
    public func publicURL(ofPath path: String) -> String {
        let encodedPath = HTML.encodePath(basePath + path)
        guard hasFullBaseURL else { return encodedPath }
        let origin = String(baseURL.utf8.dropLast(basePath.utf8.count)) ?? baseURL
        guard var components = URLComponents(string: origin), components.host != nil else { return origin + encodedPath }
        components.percentEncodedPath = encodedPath
        return components.string ?? origin + encodedPath
    }
}
