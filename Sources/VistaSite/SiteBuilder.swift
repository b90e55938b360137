import Foundation
import VistaContent

/// Builds a content folder into a site, as a list of named steps: load, resolve, render, write.
/// Diagnostics are collected across all files; the site is written only when there is no error.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the build and reports what it did. Never throws: every problem is a diagnostic.
    public func build() -> BuildReport {
        let start = ContinuousClock.now
        var report = BuildReport()
        let loaded = ContentLoader(root: options.content).load()
        report.diagnostics = loaded.diagnostics
        if let content = loaded.content { report.checks = ContentChecks(content: content).run() }
        guard let content = loaded.content, loaded.succeeded else { return finish(report, start) }
        let graph = SiteGraph(content: content, includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        report.draftsLeftOut = graph.draftsLeftOut.map(\.file)
        report.basePath = graph.basePath
        let (files, diagnostics) = render(graph, fileSystem: ContentLoader(root: options.content).fileSystem)
        report.diagnostics = (report.diagnostics + diagnostics).sortedForDisplay().limited()
        guard report.succeeded else { return finish(report, start) }
        report.files = files.map(\.path).sorted()
        report.fileCount = files.count
        report.pageCount = files.filter(\.isPage).count
        if options.write {
            do {
                try SiteWriter(output: options.output, contentRoot: options.content).write(files)
            } catch {
                report.diagnostics.append(.error(.whole(""), "the site was not written: \(error)"))
            }
        }
        return finish(report, start)
    }

    /// Renders every page and gathers every other file of the site.
    public func render(_ graph: SiteGraph, fileSystem: ContentFileSystem) -> ([OutputFile], [Diagnostic]) {
        let (templates, templateDiagnostics) = TemplateSet.load(overrides: graph.content.themeFiles, fileSystem: fileSystem)
        guard let templates else { return ([], templateDiagnostics) }
        var diagnostics = templateDiagnostics
        let renderer = SiteRenderer(graph: graph, templates: templates)
        let pages = PageKind.all(in: graph.content)
        let outputs = WorkerPool.map(pages.count) { renderer.render(pages[$0]) }
        var files = outputs.map(\.file)
        diagnostics += outputs.flatMap(\.diagnostics)
        for (name, css) in templates.stylesheets.sorted(by: { $0.key < $1.key }) {
            files.append(.text("assets/" + name, css))
        }
        for asset in graph.content.assets {
            if templates.stylesheets.keys.contains(where: { "assets/" + $0 == asset }) {
                diagnostics.append(.error(SourceLocation(file: asset), "\(asset) is the theme's stylesheet; to replace it, put your file in theme/\(asset.dropFirst("assets/".count))"))
                continue
            }
            files.append(OutputFile(path: asset, contents: .copy(from: fileSystem.fullPath(asset))))
        }
        for metric in graph.content.metrics {
            files.append(.text("metrics/\(metric.id).csv", SiteExtras.csv(for: metric)))
        }
        let routes = pages.compactMap { page -> PageRoute? in if case .notFound = page { return nil } else { return page.route } }
        files.append(.text("sitemap.xml", SiteExtras.sitemap(routes: routes, graph: graph)))
        return (files, diagnostics)
    }

    private func finish(_ report: BuildReport, _ start: ContinuousClock.Instant) -> BuildReport {
        var report = report
        let elapsed = ContinuousClock.now - start
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }
}
