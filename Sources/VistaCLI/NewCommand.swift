import ArgumentParser
import Foundation
import VistaContent
import VistaSite
import VistaSupport

/// `vista new task|proposal|metric|page "Title"`: a new file with every field of the format.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a task, proposal, metric or page from a title, with every field of the format.",
        discussion: """
        The file is named from the title (its id is the title in lowercase letters, digits and -: \
        "Weekly sales report" becomes tasks/weekly-sales-report.yaml). A task comes with the six \
        questions as prompts, in the site's language; a proposal starts as a draft. Vista never overwrites a file: when it \
        exists, vista new stops with an error.
        """
    )

    @Argument(help: "What to create: task, proposal, metric or page.")
    var kind: Scaffold.Kind

    @Argument(help: "The title; the file name is made from it.")
    var title: String

    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        do {
            let path = try create()
            console.info("Created \(path)")
        } catch let failure as Failure {
            console.error("error: \(failure.description)")
            throw ExitCode.failure
        }
    }

    /// Why a file was not created.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the file and gives its path as the user would write it (`Content/tasks/x.yaml`).
    func create(today: (year: Int, month: Int, day: Int) = Self.today()) throws -> String {
        let id = ContentID.slug(title)
        guard !id.isEmpty else {
            throw Failure(description: "the title '\(title)' has no letters or digits to make a file name from")
        }
        if kind == .page, Content.reservedPageIDs.contains(id) {
            throw Failure(description: "a page may not have the id '\(id)': the site uses /\(id)/ for its own pages; choose another title")
        }
        guard FileSystem.kind(content, followingLinks: true) == .folder else {
            throw Failure(description: "there is no content folder at \(content); create one with `vista init \(content)`, or pass --content PATH")
        }
        let folder = FileSystem.join(content, kind.folder)
        for ext in kind.extensions where FileSystem.kind("\(folder)/\(id).\(ext)", followingLinks: false) != .missing {
            throw Failure(description: "\(folder)/\(id).\(ext) already exists; vista new never overwrites a file. Edit it, or choose another title")
        }
        do {
            try FileSystem.makeFolders(folder)
        } catch {
            throw Failure(description: "\(error)")
        }
        let path = "\(folder)/\(id).\(kind.fileExtension)"
        // The prompts and example texts in the site's language (its words, with the site's own over them).
        let loaded = ContentLoader(root: content).load().content
        let words = loaded.map { SiteWords.catalogue(language: $0.site.language, overrides: $0.words) } ?? SiteWords.english
        try Self.writeNew(Scaffold.text(kind, title: title, today: today, asOf: kind == .metric ? loaded?.asOf : nil, words: words), to: path)
        return path
    }

    /// Writes a file that must not exist yet (O_EXCL), so that nothing is ever overwritten, even in a race.
    static func writeNew(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw Failure(description: "\(path) already exists; vista new never overwrites a file") }
            throw Failure(description: "cannot write \(path): \(FileSystem.errorText())")
        }
        defer { close(descriptor) }
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(path): \(FileSystem.errorText())")
            }
            remaining = remaining.dropFirst(written)
        }
    }

    /// Today in the local calendar.
    static func today() -> (year: Int, month: Int, day: Int) {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2026, parts.month ?? 1, parts.day ?? 1)
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
