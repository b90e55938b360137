import Foundation
import VistaContent
import VistaSupport

/// Builds a content folder into a site: the named steps of `BuildPipeline` (load, resolve, plan,
/// render, write). Diagnostics are collected across all files; the site is written only when there
/// is no error.
public struct SiteBuilder: Sendable {
    /// The content folder, the output folder and the rest of what `build()` and `check()` do.
    public let options: BuildOptions

    /// A builder for `options`; nothing is read until `build()` or `check()`.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the build and reports what it did. Never throws: every problem is a diagnostic.
    public func build() -> BuildReport { build(cache: nil).report }

    /// `vista check`: the steps of a build up to rendering every file, so that a check finds every
    /// problem a build finds; nothing is written.
    public func check() -> BuildReport {
        BuildPipeline([.load(), .resolve, .plan(), .render(keep: false)]).run(options).report
    }

    /// A whole build, and what an incremental rebuild needs to go on from it (nil when no page was rendered).
    func build(cache: LoadCache?, retireOldSite: ((String) -> Void)? = nil) -> (report: BuildReport, rendered: Rendered?) {
        let run = BuildPipeline([.load(cache: cache), .resolve, .plan()] + BuildPipeline.Step.renderAndWrite(retireOldSite: retireOldSite))
            .run(options)
        guard let graph = run.graph, let plan = run.plan, !run.outputs.isEmpty else { return (run.report, nil) }
        return (run.report, Rendered(graph: graph, plan: plan, outputs: run.outputs))
    }

    /// What a whole build rendered: the graph, the plan, and every file's diagnostics and dependencies (not its bytes).
    struct Rendered {
        let graph: SiteGraph
        let plan: SitePlan
        let outputs: [SiteRenderer.Output]
    }
}
