/// Gathers the pieces the load jobs produced into one `Content`.
struct ContentAssembler {
    private var site: SiteConfig?
    private var vision: Vision?
    private var proposals: [Proposal] = []
    private var tasks: [TaskAnalysis] = []
    private var metrics: [Metric] = []
    private var pages: [Page] = []
    private var snapshots: [Snapshot] = []
    private var failedRequired = false
    /// The ids of files that exist but could not be read, so that references to them add no noise.
    private(set) var unreadableIDs: Set<String> = []

    mutating func add(_ value: LoadJob.Value) {
        switch value {
        case .site(let config): site = config
        case .vision(let loaded): vision = loaded
        case .proposal(let proposal): proposals.append(proposal)
        case .task(let task): tasks.append(task)
        case .metric(let metric): metrics.append(metric)
        case .page(let page): pages.append(page)
        case .snapshot(let snapshot): snapshots.append(snapshot)
        case .failed(let kind, let path):
            if kind == .site || kind == .vision { failedRequired = true }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            unreadableIDs.insert(name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name)
        }
    }

    /// The content, or nil when `site.yaml` or `vision.md` could not be read (their diagnostics say why).
    func content(assets: [String], themeFiles: [String: String], diagnostics: inout [Diagnostic]) -> Content? {
        guard let site, let vision, !failedRequired else { return nil }
        return Content(site: site, vision: vision,
                       proposals: proposals.sorted { $0.id < $1.id },
                       tasks: tasks.sorted { $0.id < $1.id },
                       metrics: metrics.sorted { $0.id < $1.id },
                       pages: pages.sorted { $0.id < $1.id },
                       assets: assets, themeFiles: themeFiles, history: snapshots)
    }
}
