import ArgumentParser
import VistaSite

/// `vista snapshot`: keep the current figures in `history/`, for those who publish by other means.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Keep a snapshot of the current figures in the content's history/ folder.",
        discussion: """
        vista publish does this after each successful publish. The snapshot is a new file, \
        history/YYYY-MM-DD.yaml (-2, -3, … for more the same day); Vista never edits an old one. \
        The site's "since" blocks, its changes page and its feed are made from these files.
        """
    )

    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "A note kept with the snapshot, shown on the changes page and in the feed.")
    var note: String?

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let result = SnapshotRecorder(content: content).record(note: note)
        console.print(result.diagnostics, contentFolder: content)
        guard let file = result.file else {
            console.error("No snapshot was written: the content has errors.")
            throw ExitCode.failure
        }
        console.info("Kept a snapshot of the figures in \(content.hasSuffix("/") ? content : content + "/")\(file)")
    }
}
