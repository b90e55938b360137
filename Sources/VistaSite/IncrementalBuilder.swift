import Foundation
import VistaContent
import VistaSupport

/// Builds a site again and again as its content changes, for the dev server, with the steps of
/// `BuildPipeline`: the first build is whole (written into a staging folder and swapped in, like `vista build`); every later build
/// re-reads only the files that changed (`LoadCache`), re-renders only the pages the change touches
/// (`DependencyGraph`) and rewrites only the files whose bytes differ, in place. The files it leaves
/// are exactly those a whole build of the same content writes.
///
/// A build that fails changes nothing on disk; the changes since the last good build are kept and
/// applied together by the next build. One build runs at a time.
public final class IncrementalBuilder: @unchecked Sendable {
    /// What every build builds, given once: the content folder, the output folder, drafts or not.
    public let options: BuildOptions
    private let cache = LoadCache()
    private let lock = NSLock()
    private var state: State?
    /// Content paths changed since the last good build.
    private var pending: Set<String> = []
    private var lastRendered: [String] = []
    private var lastWritten: [String] = []

    /// What the last good build left: enough to work out and render the next change.
    struct State {
        var graph: SiteGraph
        var theme: (TemplateSet?, [Diagnostic])
        var dependencies: DependencyGraph
        /// The diagnostics of each file as it was last made (warnings only, or it would not be a good build).
        var diagnostics: [String: [Diagnostic]]
        var paths: Set<String>
        /// The speaker notes of every deck (see `BuildReport.presenterNotes`).
        var notes: [String: [Int: String]]
    }

    /// A builder that has built nothing yet; the first `build(changed:)` builds the whole site.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// The pages the last build rendered, by file, sorted (every page after a whole build).
    public var rendered: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lastRendered
    }

    /// The files the last build wrote or removed, sorted (every file after a whole build).
    public var written: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lastWritten
    }

    /// Builds after a change to these content paths (added, removed or modified; empty for the
    /// first build): the whole site until a build succeeds, then only what the changes touch.
    public func build(changed: [String]) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        pending.formUnion(changed)
        cache.invalidate(changed)
        lastRendered = []
        lastWritten = []
        if let state { return rebuild(from: state) }
        return buildWhole()
    }

    private func buildWhole() -> BuildReport {
        let (report, rendered) = SiteBuilder(options: options).build(cache: cache, retireOldSite: Self.retire)
        guard report.succeeded, let rendered else { return report }
        var dependencies = DependencyGraph()
        var diagnostics: [String: [Diagnostic]] = [:]
        for (job, output) in zip(rendered.plan.jobs, rendered.outputs) {
            if case .page = job { dependencies.record(output.file.path, output.dependencies) }
            if !output.diagnostics.isEmpty { diagnostics[output.file.path] = output.diagnostics }
        }
        state = State(graph: rendered.graph, theme: (rendered.plan.templates, rendered.plan.templateDiagnostics),
                      dependencies: dependencies, diagnostics: diagnostics, paths: Set(report.files), notes: report.presenterNotes)
        pending = []
        lastRendered = rendered.plan.jobs.compactMap { job in
            if case .page(let kind) = job { return kind.file } else { return nil }
        }.sorted()
        lastWritten = report.files
        return report
    }

    /// The steps of a build, with *render* and *write* for a change: only the touched files are
    /// made, and only those whose bytes differ are rewritten, in place.
    private func rebuild(from state: State) -> BuildReport {
        let themeChanged = pending.contains { $0.hasPrefix("theme/") }
        var touched: Set<String> = []
        var indexes: [Int] = []
        var diagnostics = state.diagnostics
        // What to make again: the touched pages, and the other files whose source changed.
        let render = BuildPipeline.Step(name: "render") { run in
            guard let graph = run.graph, let plan = run.plan else { return run.stop() }
            let change = DependencyGraph.change(from: state.graph, to: graph, paths: self.pending)
            let paths = plan.paths
            let pagePaths = Set(zip(plan.jobs, paths).compactMap { job, path -> String? in
                if case .page = job { return path } else { return nil }
            })
            touched = state.dependencies.pages(touchedBy: change, in: pagePaths)
            indexes = plan.jobs.indices.filter { index in
                let path = paths[index]
                switch plan.jobs[index] {
                case .page: return touched.contains(path)
                case .stylesheet: return themeChanged || !state.paths.contains(path)
                case .asset: return self.pending.contains(path) || !state.paths.contains(path)
                case .csv(let metric): return change.touched.contains(.file(metric.file)) || !state.paths.contains(path)
                case .sitemap, .feed: return true
                }
            }
            let made = indexes
            run.outputs = WorkerPool.map(made.count) { plan.output(made[$0]) }
            let pathSet = Set(paths)
            for path in diagnostics.keys where !pathSet.contains(path) { diagnostics[path] = nil }
            for output in run.outputs { diagnostics[output.file.path] = output.diagnostics.isEmpty ? nil : output.diagnostics }
            run.pending += diagnostics.values.joined()
            run.settle()
            if !run.report.succeeded { run.stop() }
        }
        let write = BuildPipeline.Step(name: "write") { run in
            guard let graph = run.graph, let plan = run.plan else { return run.stop() }
            let paths = plan.paths
            let pathSet = Set(paths)
            run.report.files = paths.sorted()
            run.report.fileCount = paths.count
            run.report.pageCount = paths.filter { $0.hasSuffix(".html") }.count
            let removed = state.paths.subtracting(pathSet).sorted()
            var written: [String] = []
            if self.options.write {
                do {
                    written = try SiteWriter(output: self.options.output, contentRoot: self.options.content)
                        .update(writing: run.outputs.map(\.file), removing: removed)
                } catch {
                    // The site on disk is now partly updated: the next build writes it whole.
                    self.state = nil
                    run.report.diagnostics.append(.error(.whole(""), "the site was not written: \(error)"))
                    return run.stop()
                }
            }
            var notes = state.notes
            for path in removed { notes[path] = nil }
            for output in run.outputs where output.notes != nil { notes[output.file.path] = output.notes }
            run.report.presenterNotes = notes
            var dependencies = state.dependencies
            for path in removed { dependencies.remove(path) }
            for (index, output) in zip(indexes, run.outputs) {
                if case .page = plan.jobs[index] { dependencies.record(output.file.path, output.dependencies) }
            }
            self.state = State(graph: graph, theme: (plan.templates, plan.templateDiagnostics), dependencies: dependencies,
                               diagnostics: diagnostics, paths: pathSet, notes: notes)
            self.pending = []
            self.lastRendered = touched.sorted()
            self.lastWritten = written
        }
        return BuildPipeline([.load(cache: cache), .resolve, .plan(theme: themeChanged ? nil : state.theme), render, write])
            .run(options).report
    }

    /// Moves a replaced site aside at once and removes it on a thread of its own, so that the new
    /// site is served without waiting for the old one's files to be deleted.
    static func retire(_ path: String) {
        let aside = path + "-old-\(UInt64.random(in: 0...UInt64.max))"
        guard rename(path, aside) == 0 else {
            FileOperations.removeTree(path)
            return
        }
        let thread = Thread { FileOperations.removeTree(aside) }
        thread.start()
    }
}
