import ArgumentParser
import VistaContent
import VistaSite

/// `vista build`: the content folder into the site folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the content folder into a static site.",
        discussion: "The site is written into a staging folder and swapped in only when the build succeeds; a failed build leaves the previous site as it was."
    )

    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "The site folder to write. Vista replaces only folders it created.")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "Where the site will be served: a path like /proposals/q3/ or a full URL. Overrides base_url in site.yaml.")
    var baseURL: String?

    @Flag(name: .long, help: "Include draft proposals.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func run() throws {
        let options = BuildOptions(content: content, output: output, baseURL: baseURL, includeDrafts: drafts)
        let console = Console(quiet: quiet)
        let report = console.progress("Building \(Console.folder(content)) …") { SiteBuilder(options: options).build() }
        console.print(report.diagnostics, contentFolder: content)
        guard report.succeeded else {
            console.error("Build failed: \(Console.count(report.errorCount, "error")); \(output)/ was left as it was.")
            throw ExitCode.failure
        }
        if !report.draftsLeftOut.isEmpty {
            console.info("Left out \(Console.count(report.draftsLeftOut.count, "draft proposal")) (status: draft): \(report.draftsLeftOut.joined(separator: ", ")); build with --drafts to include \(report.draftsLeftOut.count == 1 ? "it" : "them").")
        }
        console.info("Built \(Console.count(report.pageCount, "page")) (\(report.fileCount) files) in \(Console.seconds(report.seconds)) → \(output)/")
        if !report.checks.isEmpty {
            console.info("\(Console.count(report.checks.count, "warning")) about the analysis (open questions, stale metrics, …): `vista check` lists them.")
        }
    }
}
