import Foundation
import VistaContent
import VistaSupport

/// A build as a list of named steps — load, resolve, plan, render, write — each a function of
/// what the steps before it made (`BuildPipeline.Run`). Every entry point runs the same steps and
/// differs only in which it takes:
///
/// | | load | resolve | plan | render | write |
/// |---|---|---|---|---|---|
/// | `vista build` (`SiteBuilder.build`) | ✓ | ✓ | ✓ | every file, each into the staging folder as it is made | swap the staging folder in |
/// | `vista check` (`SiteBuilder.check`) | ✓ | ✓ | ✓ | every file | — |
/// | `vista export` (`PageExport`) | ✓ | ✓ | ✓ | every file, kept | — |
/// | a dev-server rebuild (`IncrementalBuilder`) | ✓ (from the cache) | ✓ | ✓ (the theme kept) | the files the change touches | rewrite those in place |
///
/// The run stops at the first step that cannot go on (the content or the theme has an error, a
/// file has one); the report's diagnostics are then sorted and limited once, and its time taken.
struct BuildPipeline {
    /// One step: it reads what the steps before made, adds to it, or stops the run.
    struct Step {
        /// What the step does, in the words of docs/ARCHITECTURE.md.
        let name: String
        let run: (inout Run) -> Void
    }

    let steps: [Step]

    init(_ steps: [Step]) { self.steps = steps }

    /// What the steps have made so far.
    struct Run {
        let options: BuildOptions
        var report = BuildReport()
        /// The resolved site (after *resolve*).
        var graph: SiteGraph?
        /// Every file of the site (after *plan*).
        var plan: SitePlan?
        /// The files made (after *render*), with their diagnostics and dependencies; their bytes
        /// only when the step keeps them.
        var outputs: [SiteRenderer.Output] = []
        /// The staging folder the files are written into as they are made (`vista build`), or why
        /// there is none.
        var staging: SiteWriter.Staging?
        var stagingError: Error?
        /// Diagnostics made after loading, merged into the report's (sorted and limited) once.
        var pending: [Diagnostic] = []
        /// Whether the report's diagnostics are final.
        var settled = false
        var stopped = false
        let start = ContinuousClock.now

        init(options: BuildOptions) { self.options = options }

        /// The report's diagnostics, sorted and limited with those made since loading: once, before
        /// a step decides by them (whether to write) or when the run ends.
        mutating func settle() {
            guard !settled else { return }
            report.diagnostics = (report.diagnostics + pending).sortedForDisplay().limited()
            pending = []
            settled = true
        }

        /// Ends the run after this step, its diagnostics as they are.
        mutating func stop() {
            settle()
            stopped = true
        }
    }

    /// Runs the steps in order until one stops the run.
    func run(_ options: BuildOptions) -> Run {
        var run = Run(options: options)
        for step in steps where !run.stopped { step.run(&run) }
        run.settle()
        let elapsed = ContinuousClock.now - run.start
        run.report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return run
    }
}

extension BuildPipeline.Step {
    /// *load*: reads and checks every file of the content folder (from `cache` where a file has not
    /// changed), and runs the content checks. Stops when the content has an error.
    static func load(cache: LoadCache? = nil) -> Self {
        Self(name: "load") { run in
            SiteWords.startReadingEnglish()
            let loaded = ContentLoader(root: run.options.content).load(cache: cache)
            run.report.diagnostics = loaded.diagnostics
            if let content = loaded.content {
                run.report.checks = ContentChecks(content: content).run()
                    + SiteWords.notes(language: content.site.language, overrides: content.words, written: content.site.languageLocation)
                run.report.diagnostics = (run.report.diagnostics + SiteWords.problems(in: content.words)).sortedForDisplay()
            }
            guard var content = loaded.content, loaded.succeeded else {
                // The loader's diagnostics are sorted and limited already.
                run.settled = true
                run.stop()
                return
            }
            if let stamp = run.options.snapshot {
                let snapshot = stamp.snapshot(of: content)
                content.history = SnapshotHistory(content.history.snapshots + [snapshot])
                run.report.snapshot = snapshot
            }
            run.graph = SiteGraph(content: content, includeDrafts: run.options.includeDrafts, baseURL: run.options.baseURL,
                                  since: run.options.since)
        }
    }

    /// *resolve*: what is published, where every page lives, every task's figures (`SiteGraph`),
    /// as the report tells it.
    static var resolve: Self { Self(name: "resolve") { run in
        guard let graph = run.graph else { return run.stop() }
        run.report.draftsLeftOut = graph.draftsLeftOut.map(\.file)
        run.report.basePath = graph.basePath
    } }

    /// *plan*: every file of the site before any is made, with the theme (`theme` when it is kept
    /// from an earlier build). Stops when the theme has an error.
    static func plan(theme: (TemplateSet?, [Diagnostic])? = nil) -> Self {
        Self(name: "plan") { run in
            guard let graph = run.graph else { return run.stop() }
            let (plan, diagnostics) = SitePlan.make(graph, fileSystem: ContentLoader(root: run.options.content).fileSystem, theme: theme)
            run.pending += diagnostics
            guard let plan else { return run.stop() }
            run.plan = plan
        }
    }

    /// *render*: every file of the site, in parallel. `keep`: keep the files' bytes (an export
    /// needs them; a check does not).
    static func render(keep: Bool) -> Self {
        Self(name: "render") { run in
            guard let plan = run.plan else { return run.stop() }
            run.outputs = WorkerPool.map(plan.jobs.count) { index in
                var output = plan.output(index)
                if !keep { output.file.contents = .text("") }
                return output
            }
            run.pending += run.outputs.flatMap(\.diagnostics)
            run.settle()
            if !run.report.succeeded { run.stop() }
        }
    }

    /// *render* for `vista build`: every file of the site, in parallel, each written into a staging
    /// folder beside the output on the thread that made it, until a file has an error; then
    /// *write*: the staging folder swapped in for the output (`retireOldSite` takes the old site).
    /// Without `BuildOptions.write`, nothing is written.
    static func renderAndWrite(retireOldSite: ((String) -> Void)?) -> [Self] {
        let render = Self(name: "render") { run in
            guard let plan = run.plan else { return run.stop() }
            let failed = SharedFlag()
            if run.pending.hasErrors { failed.raise() }
            var staging: SiteWriter.Staging?
            if run.options.write, !failed.isRaised {
                do {
                    staging = try SiteWriter(output: run.options.output, contentRoot: run.options.content).stage(paths: plan.paths)
                } catch {
                    run.stagingError = error
                }
            }
            run.outputs = WorkerPool.map(plan.jobs.count) { [staging] index in
                var output = plan.output(index)
                if output.diagnostics.hasErrors { failed.raise() }
                if let staging, !failed.isRaised { staging.write(output.file) }
                output.file.contents = .text("")
                return output
            }
            run.pending += run.outputs.flatMap(\.diagnostics)
            run.settle()
            guard run.report.succeeded else {
                staging?.abandon()
                return run.stop()
            }
            run.staging = staging
        }
        let write = Self(name: "write") { run in
            guard let plan = run.plan else { return run.stop() }
            let paths = plan.paths
            run.report.files = paths.sorted()
            run.report.fileCount = paths.count
            run.report.pageCount = paths.filter { $0.hasSuffix(".html") }.count
            for output in run.outputs { if let notes = output.notes { run.report.presenterNotes[output.file.path] = notes } }
            guard run.options.write else { return }
            do {
                if let error = run.stagingError { throw error }
                try run.staging?.finish(retireOldSite: retireOldSite)
            } catch {
                run.report.diagnostics.append(.error(.whole(""), "the site was not written: \(error)"))
            }
        }
        return [render, write]
    }
}
