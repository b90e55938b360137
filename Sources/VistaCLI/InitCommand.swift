import ArgumentParser
import Foundation
import VistaSite
import VistaSupport

/// `vista init [DIR]`: a new content folder that builds and shows every feature once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new content folder: a small, complete example to change into your own.",
        discussion: """
        The folder holds a site.yaml, a vision, a proposal with milestones, six tasks (one for each \
        recommendation action), three metrics (one with a CSV file, one with data inline, one \
        categorical), a free page, a logo and a theme stylesheet, and uses every embed (chart, kpi, \
        tasks, savings). It builds without errors or warnings. Vista refuses a folder that is not empty.
        """
    )

    @Argument(help: "The folder to create.")
    var folder = "Content"

    @Option(name: .long, help: "The site's language, a tag like en, de, fr, es, nl or fr-CH: the starter's prompts and the pages' words.")
    var language = "en"

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func validate() throws {
        let parts = language.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            && parts[0].count >= 2 && parts[0].count <= 3 && parts[0].allSatisfy(\.isLetter)
        guard valid else { throw ValidationError("--language must be a language tag like en, de or fr-CH, found '\(language)'") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        do {
            try create()
        } catch let failure as NewCommand.Failure {
            console.error("error: \(failure.description)")
            throw ExitCode.failure
        }
        let option = folder == "Content" ? "" : " --content \(folder)"
        console.info("Created \(Console.folder(folder)) with \(StarterSite.files(language: language).count) files.")
        console.info("Next: `vista serve\(option)` to see the site, `vista new task \"Title\"\(option)` to add a task.")
    }

    /// Writes the starter content; refuses a folder that holds anything, hidden files included.
    func create() throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw NewCommand.Failure(description: "\(folder) exists and is not a folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw NewCommand.Failure(description: "\(folder) is not empty; vista init writes only into a new or empty folder. Choose another folder, like `vista init my-site`")
            }
        }
        for (path, text) in StarterSite.files(language: language) {
            let full = folder + "/" + path
            let parent = (full as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw NewCommand.Failure(description: "cannot create the folder \(parent): \(error.localizedDescription)")
            }
            try NewCommand.writeNew(text, to: full)
        }
    }
}
