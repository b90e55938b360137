import Foundation
import VistaContent
import VistaSupport

/// Builds a content folder into a site, as a list of named steps: load, resolve, render, write.
/// Diagnostics are collected across all files; the site is written only when there is no error.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the build and reports what it did. Never throws: every problem is a diagnostic.
    public func build() -> BuildReport { build(cache: nil).report }

    /// A whole build, and what an incremental rebuild needs to go on from it (nil when no page was rendered).
    func build(cache: LoadCache?, retireOldSite: ((String) -> Void)? = nil) -> (report: BuildReport, rendered: Rendered?) {
        let start = ContinuousClock.now
        var (report, graph) = load(cache: cache)
        guard let graph else { return (finish(report, start), nil) }
        let (plan, planDiagnostics) = SitePlan.make(graph, fileSystem: ContentLoader(root: options.content).fileSystem)
        report.diagnostics += planDiagnostics
        guard let plan else {
            report.diagnostics = report.diagnostics.sortedForDisplay().limited()
            return (finish(report, start), nil)
        }
        // Each file is written as soon as it is made, on the thread that made it, until a file has an error.
        let paths = plan.paths
        let failed = SharedFlag()
        if planDiagnostics.hasErrors { failed.raise() }
        var staging: SiteWriter.Staging?
        var notWritten: Error?
        if options.write, !failed.isRaised {
            do { staging = try SiteWriter(output: options.output, contentRoot: options.content).stage(paths: paths) } catch { notWritten = error }
        }
        let outputs = WorkerPool.map(plan.jobs.count) { [staging] index -> SiteRenderer.Output in
            var output = plan.output(index)
            if output.diagnostics.hasErrors { failed.raise() }
            if let staging, !failed.isRaised { staging.write(output.file) }
            output.file.contents = .text("")
            return output
        }
        let rendered = Rendered(graph: graph, plan: plan, planDiagnostics: planDiagnostics, outputs: outputs)
        report.diagnostics = (report.diagnostics + outputs.flatMap(\.diagnostics)).sortedForDisplay().limited()
        guard report.succeeded else {
            staging?.abandon()
            return (finish(report, start), rendered)
        }
        report.files = paths.sorted()
        report.fileCount = paths.count
        report.pageCount = paths.filter { $0.hasSuffix(".html") }.count
        for output in outputs { if let notes = output.notes { report.presenterNotes[output.file.path] = notes } }
        if options.write {
            do {
                if let notWritten { throw notWritten }
                try staging?.finish(retireOldSite: retireOldSite)
            } catch {
                report.diagnostics.append(.error(.whole(""), "the site was not written: \(error)"))
            }
        }
        return (finish(report, start), rendered)
    }

    /// What a whole build rendered: the graph, the plan, and every file's diagnostics and dependencies (not its bytes).
    struct Rendered {
        let graph: SiteGraph
        let plan: SitePlan
        let planDiagnostics: [Diagnostic]
        let outputs: [SiteRenderer.Output]
    }

    /// Loads the content (from `cache` where it can), runs the checks and resolves the graph; the
    /// graph is nil when the content has errors.
    func load(cache: LoadCache?) -> (BuildReport, SiteGraph?) {
        var report = BuildReport()
        let loaded = ContentLoader(root: options.content).load(cache: cache)
        report.diagnostics = loaded.diagnostics
        if let content = loaded.content {
            report.checks = ContentChecks(content: content).run() + SiteWords.notes(language: content.site.language, overrides: content.words)
            report.diagnostics += SiteWords.problems(in: content.words)
        }
        guard var content = loaded.content, loaded.succeeded else { return (report, nil) }
        if let stamp = options.snapshot {
            let snapshot = stamp.snapshot(of: content)
            content.history = SnapshotHistory(content.history.snapshots + [snapshot])
            report.snapshot = snapshot
        }
        let graph = SiteGraph(content: content, includeDrafts: options.includeDrafts, baseURL: options.baseURL, since: options.since)
        report.draftsLeftOut = graph.draftsLeftOut.map(\.file)
        report.basePath = graph.basePath
        return (report, graph)
    }

    /// Renders every page and gathers every other file of the site.
    public func render(_ graph: SiteGraph, fileSystem: ContentFileSystem) -> ([OutputFile], [Diagnostic]) {
        let (plan, planDiagnostics) = SitePlan.make(graph, fileSystem: fileSystem)
        guard let plan else { return ([], planDiagnostics) }
        let outputs = WorkerPool.map(plan.jobs.count) { plan.output($0) }
        return (outputs.map(\.file), planDiagnostics + outputs.flatMap(\.diagnostics))
    }

    func finish(_ report: BuildReport, _ start: ContinuousClock.Instant) -> BuildReport {
        var report = report
        let elapsed = ContinuousClock.now - start
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }
}
