import Foundation
import VistaContent

/// Every file of a site, known before any is made: the pages, the stylesheets, the assets, the
/// metrics' CSV files and the sitemap. Each file is made by `output(_:)`, a pure function of the
/// site graph, so that files are made in parallel and written as soon as they are made.
struct SitePlan: Sendable {
    /// One file to make.
    enum Job: Sendable {
        case page(PageKind)
        case stylesheet(name: String, css: String)
        case asset(path: String, source: String)
        /// Indirect: a metric is a large value, and a site has a job for every page.
        indirect case csv(Metric)
        case sitemap
        case feed
    }

    let graph: SiteGraph
    let renderer: SiteRenderer
    let jobs: [Job]
    /// The diagnostics of loading the theme (warnings; a theme with errors gives no plan).
    let templateDiagnostics: [Diagnostic]

    var templates: TemplateSet { renderer.templates }

    /// The plan for a graph, or nil with the diagnostics when the theme is broken. `theme` is the
    /// theme as loaded before, when it has not changed since.
    static func make(_ graph: SiteGraph, fileSystem: ContentFileSystem,
                     theme: (TemplateSet?, [Diagnostic])? = nil) -> (SitePlan?, [Diagnostic]) {
        // A theme loaded before serves only while the words are the same (they are partials of the theme).
        let reusable = theme.flatMap { $0.0?.words == graph.format.words ? $0 : nil }
        let (templates, templateDiagnostics) = reusable ?? TemplateSet.load(overrides: graph.content.themeFiles, fileSystem: fileSystem, words: graph.format.words)
        guard let templates else { return (nil, templateDiagnostics) }
        var diagnostics = templateDiagnostics
        // The sitemap first: one long job, better started early than left to the end.
        var jobs: [Job] = [.sitemap, .feed]
        jobs += PageKind.all(in: graph.content).map(Job.page)
        for (name, css) in templates.stylesheets.sorted(by: { $0.key < $1.key }) {
            jobs.append(.stylesheet(name: name, css: css))
        }
        for asset in graph.content.assets {
            if templates.stylesheets.keys.contains(where: { "assets/" + $0 == asset }) {
                diagnostics.append(.error(SourceLocation(file: asset), "\(asset) is the theme's stylesheet; to replace it, put your file in theme/\(asset.dropFirst("assets/".count))"))
                continue
            }
            jobs.append(.asset(path: asset, source: fileSystem.fullPath(asset)))
        }
        jobs += graph.content.metrics.map(Job.csv)
        return (SitePlan(graph: graph, renderer: SiteRenderer(graph: graph, templates: templates), jobs: jobs,
                         templateDiagnostics: templateDiagnostics), diagnostics)
    }

    /// The path of every file, in the order of `jobs`.
    var paths: [String] { jobs.map(Self.path) }

    static func path(of job: Job) -> String {
        switch job {
        case .page(let kind): kind.file
        case .stylesheet(let name, _): "assets/" + name
        case .asset(let path, _): path
        case .csv(let metric): "metrics/\(metric.id).csv"
        case .sitemap: "sitemap.xml"
        case .feed: "feed.xml"
        }
    }

    /// Makes the file of one job, with the diagnostics of its page.
    func output(_ index: Int) -> SiteRenderer.Output {
        switch jobs[index] {
        case .page(let kind): return renderer.render(kind)
        case .stylesheet(let name, let css): return SiteRenderer.Output(file: .text("assets/" + name, css), diagnostics: [])
        case .asset(let path, let source): return SiteRenderer.Output(file: OutputFile(path: path, contents: .copy(from: source)), diagnostics: [])
        case .csv(let metric): return SiteRenderer.Output(file: .text("metrics/\(metric.id).csv", SiteExtras.csv(for: metric)), diagnostics: [])
        case .feed: return SiteRenderer.Output(file: .text("feed.xml", renderer.feed()), diagnostics: [])
        case .sitemap:
            let routes = jobs.compactMap { job -> PageRoute? in
                guard case .page(let kind) = job else { return nil }
                if case .notFound = kind { return nil }
                return kind.route
            }
            return SiteRenderer.Output(file: .text("sitemap.xml", SiteExtras.sitemap(routes: routes, graph: graph)), diagnostics: [])
        }
    }
}

/// A flag that any thread may raise and read.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}
