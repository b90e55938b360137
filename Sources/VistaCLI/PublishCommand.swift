import ArgumentParser
import Foundation
import VistaContent
import VistaSite

/// `vista publish`: build, then place the site at the folder a web server serves, atomically.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build the site and publish it to a folder a web server serves, atomically.",
        discussion: """
        The site is copied into a hidden folder beside --to and swapped in with one rename, so the web server \
        never serves a half-copied site. The replaced versions are kept in .NAME.vista-versions/ beside it; \
        --rollback swaps the last one back. With --to ssh://[user@]host[:port]/path the site is uploaded with \
        rsync into that folder on the server and the path becomes a symbolic link switched in one rename; the \
        server needs a POSIX shell, coreutils and rsync only. See docs/PUBLISHING.md.
        """
    )

    @Option(name: .long, help: "The folder the web server serves, e.g. /var/www/reporting, or on a server, ssh://[user@]host[:port]/srv/vista/reporting. Vista replaces only a folder it published.")
    var to: String

    @Option(name: .long, help: "The ssh command for an ssh:// target, e.g. \"ssh -i ~/.ssh/deploy\". It reads ~/.ssh/config.")
    var ssh = "ssh"

    @Option(name: .long, help: "How many replaced versions to keep for --rollback.")
    var keep = 3

    @Flag(name: .long, help: "Put the previously published version back instead of publishing.")
    var rollback = false

    @Option(name: .long, help: "Publish this already built site instead of building.")
    var site: String?

    @OptionGroup var build: BuildArguments

    @Option(name: .long, help: "A note kept with the snapshot this publish writes into the content's history/ folder.")
    var note: String?

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func validate() throws {
        guard keep >= 0 else { throw ValidationError("--keep must be 0 or more") }
        if rollback, site != nil { throw ValidationError("--rollback publishes nothing new; leave out --site") }
        if ssh != "ssh", !SSHDestination.isSSH(to) { throw ValidationError("--ssh is for a target like ssh://host/path; --to \(to) is a folder on this machine") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        do {
            let target = try PublishDestination.target(to, keep: keep, ssh: ssh)
            if rollback {
                let report = try target.rollback()
                console.info("Rolled \(Console.folder(to)) back to the version published before; \(Console.count(report.versions.count, "earlier version")) left in \(Console.folder(target.versionsLocation))")
                return
            }
            guard let (source, snapshot) = try siteToPublish(console) else { throw ExitCode.failure }
            let report = try target.publish(site: source, contentRoot: site == nil ? build.content : nil)
            // The publish succeeded: the live site is `source` now. Whatever follows a publish goes here.
            let kept = report.replaced ? "; the site it replaced is kept for --rollback (\(Console.count(report.versions.count, "version")) in \(Console.folder(target.versionsLocation)))" : ""
            console.info("Published \(Console.folder(source)) to \(Console.folder(to))\(kept)")
            keepSnapshot(snapshot, console: console)
        } catch let failure as Publisher.Failure {
            console.error("error: \(failure.description)")
            throw ExitCode.failure
        }
    }

    /// The built site to publish: `--site`, or the site just built from `--content` with the
    /// snapshot it counts (written only after the publish); nil when the build failed (its errors are printed).
    private func siteToPublish(_ console: Console) throws -> (String, Snapshot?)? {
        if let site { return (site, nil) }
        var options = build.options
        options.snapshot = SnapshotRecorder(content: build.content).stamp(note: note)
        let report = SiteBuilder(options: options).build()
        console.print(report.diagnostics, contentFolder: build.content)
        guard report.succeeded else {
            console.error("Build failed: \(Console.count(report.errorCount, "error")); nothing was published to \(Console.folder(to)).")
            return nil
        }
        console.info("Built \(Console.count(report.pageCount, "page")) → \(Console.folder(build.output))")
        return (build.output, report.snapshot)
    }
}

extension PublishCommand {
    /// After a successful publish: writes the snapshot the built site counted. A site built earlier
    /// (`--site`) may come from any content, so none is kept for it: `vista snapshot` does that.
    func keepSnapshot(_ snapshot: Snapshot?, console: Console) {
        guard let snapshot else {
            console.info("No snapshot kept for a site built earlier: run vista snapshot --content FOLDER with the content it was built from.")
            return
        }
        do {
            try SnapshotRecorder(content: build.content).write(snapshot)
            console.info("Kept a snapshot of the figures in \(Console.folder(build.content))\(snapshot.file)")
        } catch {
            console.error("The site was published, but the snapshot was not written: \(error). Run vista snapshot to keep one.")
        }
    }
}
