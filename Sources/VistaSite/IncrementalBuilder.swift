import Foundation
import VistaContent
import VistaSupport

/// Builds a site again and again as its content changes, for the dev server: the first build is
/// whole (written into a staging folder and swapped in, like `vista build`); every later build
/// re-reads only the files that changed (`LoadCache`), re-renders only the pages the change touches
/// (`DependencyGraph`) and rewrites only the files whose bytes differ, in place. The files it leaves
/// are exactly those a whole build of the same content writes.
///
/// A build that fails changes nothing on disk; the changes since the last good build are kept and
/// applied together by the next build. One build runs at a time.
public final class IncrementalBuilder: @unchecked Sendable {
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

    private func rebuild(from state: State) -> BuildReport {
        let start = ContinuousClock.now
        let builder = SiteBuilder(options: options)
        var (report, loadedGraph) = builder.load(cache: cache)
        guard let graph = loadedGraph else { return builder.finish(report, start) }
        let fileSystem = ContentFileSystem(root: options.content)
        let themeChanged = pending.contains { $0.hasPrefix("theme/") } || state.theme.0?.words != graph.format.words
        let theme = themeChanged ? TemplateSet.load(overrides: graph.content.themeFiles, fileSystem: fileSystem, words: graph.format.words) : state.theme
        let (madePlan, planDiagnostics) = SitePlan.make(graph, fileSystem: fileSystem, theme: theme)
        report.diagnostics += planDiagnostics
        guard let plan = madePlan else {
            report.diagnostics = report.diagnostics.sortedForDisplay().limited()
            return builder.finish(report, start)
        }

        // What to make again: the touched pages, and the other files whose source changed.
        let change = DependencyGraph.change(from: state.graph, to: graph, paths: pending)
        let paths = plan.paths
        let pagePaths = Set(zip(plan.jobs, paths).compactMap { job, path -> String? in
            if case .page = job { return path } else { return nil }
        })
        let touched = state.dependencies.pages(touchedBy: change, in: pagePaths)
        let indexes = plan.jobs.indices.filter { index in
            let path = paths[index]
            switch plan.jobs[index] {
            case .page: return touched.contains(path)
            case .stylesheet: return themeChanged || !state.paths.contains(path)
            case .asset: return pending.contains(path) || !state.paths.contains(path)
            case .csv(let metric): return change.touched.contains(.file(metric.file)) || !state.paths.contains(path)
            case .sitemap, .feed: return true
            }
        }
        let outputs = WorkerPool.map(indexes.count) { plan.output(indexes[$0]) }

        var diagnostics = state.diagnostics
        let pathSet = Set(paths)
        for path in diagnostics.keys where !pathSet.contains(path) { diagnostics[path] = nil }
        for output in outputs { diagnostics[output.file.path] = output.diagnostics.isEmpty ? nil : output.diagnostics }
        report.diagnostics = (report.diagnostics + diagnostics.values.joined()).sortedForDisplay().limited()
        guard report.succeeded else { return builder.finish(report, start) }
        report.files = paths.sorted()
        report.fileCount = paths.count
        report.pageCount = paths.filter { $0.hasSuffix(".html") }.count

        let removed = state.paths.subtracting(pathSet).sorted()
        var written: [String] = []
        if options.write {
            do {
                written = try SiteWriter(output: options.output, contentRoot: options.content)
                    .update(writing: outputs.map(\.file), removing: removed)
            } catch {
                // The site on disk is now partly updated: the next build writes it whole.
                self.state = nil
                report.diagnostics.append(.error(.whole(""), "the site was not written: \(error)"))
                return builder.finish(report, start)
            }
        }
        var notes = state.notes
        for path in removed { notes[path] = nil }
        for output in outputs where output.notes != nil { notes[output.file.path] = output.notes }
        report.presenterNotes = notes
        var dependencies = state.dependencies
        for path in removed { dependencies.remove(path) }
        for (index, output) in zip(indexes, outputs) {
            if case .page = plan.jobs[index] { dependencies.record(output.file.path, output.dependencies) }
        }
        self.state = State(graph: graph, theme: theme, dependencies: dependencies, diagnostics: diagnostics, paths: pathSet,
                           notes: notes)
        pending = []
        lastRendered = touched.sorted()
        lastWritten = written
        return builder.finish(report, start)
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
