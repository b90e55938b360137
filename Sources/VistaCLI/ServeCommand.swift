import ArgumentParser
import Foundation
import VistaContent
import VistaServer
import VistaSite
import VistaSupport

/// `vista serve`: the site on this computer, rebuilt and reloaded as the content changes.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this computer, and rebuild it whenever the content changes.",
        discussion: """
        Open pages reload by themselves after each rebuild. When a change breaks the content, the \
        browser shows the errors (file:line and message) over the last good site, and the terminal \
        shows them too; fix the file and the site comes back. The site is built into a temporary \
        folder (never into Site/ unless you pass --output) and served at / and at its base_url path. \
        Only this computer can see it unless you pass --host. Ctrl-C stops the server.
        """
    )

    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "Build into this folder instead of a temporary one. Vista replaces only folders it created.")
    var output: String?

    @Option(name: .long, help: "The port to listen on.")
    var port = 8000

    @Option(name: .long, help: "The address to listen on. The default serves this computer only; 0.0.0.0 shows the site to your network.")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Include draft proposals.")
    var drafts = false

    @Option(name: .long, help: "Say what changed since the snapshot at or before this day (YYYY-MM-DD). Overrides since in site.yaml.")
    var since: String?

    @Flag(name: .shortAndLong, help: "Print errors and the address only.")
    var quiet = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, found \(port)") }
        if let since, SinceDay.parse(since) == nil { throw ValidationError("--since must be a day like 2026-10-01, found '\(since)'") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("error: there is no content folder at \(content); pass --content PATH, or create one with `vista init \(content)`")
            throw ExitCode.failure
        }
        let reporter = ServeReporter(console: console, content: content, host: host)
        var configuration = DevServer.Configuration(content: content, output: output, host: host, port: port, includeDrafts: drafts)
        configuration.since = since.flatMap(SinceDay.parse)
        let server = DevServer(configuration: configuration,
                               events: { reporter.report($0) })
        let outcome = Locked<Result<Void, Error>>(.success(()))
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { outcome.update { $0 = .failure(error) } }
            done.signal()
        }
        done.wait()
        if case .failure(let error) = outcome.read() {
            console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Prints what the dev server does: builds with their time, diagnostics, the address.
final class ServeReporter: Sendable {
    let console: Console
    let content: String
    let host: String
    private let progress = Locked<ProgressLine?>(nil)

    init(console: Console, content: String, host: String) {
        self.console = console
        self.content = content
        self.host = host
    }

    func report(_ event: DevServer.Event) {
        defer { fflush(nil) }  // a server's lines must show as they happen, also when piped into a file
        switch event {
        case .building(let changed):
            let what = changed.isEmpty ? "Building \(Console.folder(content)) …" : "Rebuilding after a change to \(Self.list(changed)) …"
            progress.update { $0 = ProgressLine(message: what, quiet: console.quiet) }
        case .built(let report, let changed):
            progress.update { line in line?.finish(); line = nil }
            built(report, changed: changed)
        case .serving(let url, let basePath):
            var line = "Serving \(Console.folder(content)) at \(url)"
            if let basePath { line += " (and at \(url.dropLast())\(basePath))" }
            Swift.print(line + "; Ctrl-C stops.")
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                console.error("note: listening on \(host): other computers on your network can open the site.")
            }
        case .stopped:
            console.info("Stopped.")
        }
    }

    private func built(_ report: BuildReport, changed: [String]) {
        let first = changed.isEmpty
        if report.succeeded {
            // Warnings: all of them at the start, then only those about the files that changed.
            let warnings = first ? report.diagnostics : report.diagnostics.filter { changed.contains($0.location.file) }
            console.print(warnings, contentFolder: content)
            if first {
                console.info("Built \(Console.count(report.pageCount, "page")) in \(Console.seconds(report.seconds)).")
                if !report.checks.isEmpty {
                    console.info("\(Console.count(report.checks.count, "warning")) about the analysis (open questions, stale metrics, …): `vista check` lists them.")
                }
            } else {
                console.info("\(Self.list(changed)) changed: rebuilt in \(Console.seconds(report.seconds)).")
            }
        } else {
            console.print(report.diagnostics.filter(\.isError), contentFolder: content)
            let errors = Console.count(report.errorCount, "error")
            console.error(first ? "Build failed: \(errors). The browser shows them until they are fixed."
                                : "Build failed: \(errors); still serving the last good site, with the errors over it.")
        }
    }

    static func list(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(2).joined(separator: ", ") + " and \(paths.count - 2) more files"
    }
}
