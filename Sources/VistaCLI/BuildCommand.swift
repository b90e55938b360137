import ArgumentParser
import Foundation
import VistaContent
import VistaSite

/// `vista build`: the content folder into the site folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the content folder into a static site.",
        discussion: "The site is written into a staging folder and swapped in only when the build succeeds; a failed build leaves the previous site as it was."
    )

    @OptionGroup var build: BuildArguments

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func run() throws {
        let options = build.options
        let console = Console(quiet: quiet)
        let outputExisted = FileManager.default.fileExists(atPath: build.output)
        let report = console.progress("Building \(Console.folder(build.content)) …") { SiteBuilder(options: options).build() }
        console.print(report.diagnostics, contentFolder: build.content)
        guard report.succeeded else {
            console.error(Self.failure(errors: report.errorCount, output: build.output, existed: outputExisted))
            throw ExitCode.failure
        }
        if !report.draftsLeftOut.isEmpty {
            console.info("Left out \(Console.count(report.draftsLeftOut.count, "draft proposal")) (status: draft): \(report.draftsLeftOut.joined(separator: ", ")); build with --drafts to include \(report.draftsLeftOut.count == 1 ? "it" : "them").")
        }
        console.info("Built \(Console.count(report.pageCount, "page")) (\(report.fileCount) files) in \(Console.seconds(report.seconds)) → \(Console.folder(build.output))")
        if !report.checks.isEmpty {
            console.info(Self.checksText(report.checks, contentFolder: build.content))
        }
    }

    /// The last line of a failed build: the previous site was left as it was, or no site was written.
    static func failure(errors: Int, output: String, existed: Bool) -> String {
        let outcome = existed ? "\(Console.folder(output)) was left as it was" : "no site was written to \(Console.folder(output))"
        return "Build failed: \(Console.count(errors, "error")); \(outcome)."
    }

    /// How many warnings about the analysis a build prints; `vista check` lists them all.
    static let checksShown = 5

    /// What a build says about the warnings of the analysis: how many, the first few, and where the rest are.
    static func checksText(_ checks: [Diagnostic], contentFolder: String) -> String {
        let shown = min(checks.count, checksShown)
        var lines = ["\(Console.count(checks.count, "warning")) about the analysis (open questions, stale metrics, …)\(shown < checks.count ? "; the first \(shown):" : ":")"]
        lines += checks.prefix(shown).map { $0.formatted(contentFolder: contentFolder) }
        if shown < checks.count { lines.append("… and \(checks.count - shown) more: `vista check` lists them all.") }
        return lines.joined(separator: "\n")
    }
}
