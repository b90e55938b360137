import ArgumentParser
import Foundation
import VistaSite

/// `vista publish`: build, then place the site at the folder a web server serves, atomically.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build the site and publish it to a folder a web server serves, atomically.",
        discussion: """
        The site is copied into a hidden folder beside --to and swapped in with one rename, so the web server \
        never serves a half-copied site. The replaced versions are kept in .NAME.vista-versions/ beside it; \
        --rollback swaps the last one back. See docs/PUBLISHING.md.
        """
    )

    @Option(name: .long, help: "The folder the web server serves, e.g. /var/www/reporting. Vista replaces only a folder it published.")
    var to: String

    @Option(name: .long, help: "How many replaced versions to keep for --rollback.")
    var keep = 3

    @Flag(name: .long, help: "Put the previously published version back instead of publishing.")
    var rollback = false

    @Option(name: .long, help: "Publish this already built site instead of building.")
    var site: String?

    @OptionGroup var build: BuildArguments

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func validate() throws {
        guard keep >= 0 else { throw ValidationError("--keep must be 0 or more") }
        if rollback, site != nil { throw ValidationError("--rollback publishes nothing new; leave out --site") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        let publisher = Publisher(target: to, keep: keep)
        do {
            if rollback {
                let report = try publisher.rollback()
                console.info("Rolled \(Console.folder(to)) back to the version published before; \(Console.count(report.versions.count, "earlier version")) left in \(Console.folder(publisher.versionsFolder))")
                return
            }
            let source: String
            if let site {
                source = site
            } else {
                let options = build.options
                let report = SiteBuilder(options: options).build()
                console.print(report.diagnostics, contentFolder: build.content)
                guard report.succeeded else {
                    let target = FileManager.default.fileExists(atPath: to) ? " and \(Console.folder(to)) was left as it was" : ""
                    console.error("Build failed: \(Console.count(report.errorCount, "error")); nothing was published\(target).")
                    throw ExitCode.failure
                }
                console.info("Built \(Console.count(report.pageCount, "page")) → \(Console.folder(build.output))")
                source = build.output
            }
            let report = try publisher.publish(site: source, contentRoot: site == nil ? build.content : nil)
            let kept = report.replaced ? "; the site it replaced is kept for --rollback (\(Console.count(report.versions.count, "version")) in \(Console.folder(publisher.versionsFolder)))" : ""
            console.info("Published \(Console.folder(source)) to \(Console.folder(to))\(kept)")
        } catch let failure as Publisher.Failure {
            console.error("error: \(failure.description)")
            throw ExitCode.failure
        }
    }
}
