import ArgumentParser
import Foundation
@testable import VistaCLI
import VistaTestSupport

/// Temporary folders and command parsing for the command-line tests.
enum CLITestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var exampleContent: String { repository.appendingPathComponent("Content").path }

    static let temporary = TemporaryFolders(kind: "cli")

    static func temporaryFolder() -> String { temporary.make() }

    /// Removes the temporary folder that holds a path made by `temporaryFolder()`.
    static func removeTemporary(_ path: String) { temporary.remove(path) }

    /// Parses a command line the way `vista` does.
    static func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type = Command.self) throws -> Command {
        let command = try VistaCommand.parseAsRoot(arguments)
        guard let typed = command as? Command else { throw CLITestError.wrongCommand("\(Swift.type(of: command))") }
        return typed
    }

    /// Runs a parsed command; gives its exit code (0 when it returns, the code it throws otherwise).
    static func exitCode(of command: ParsableCommand) -> Int32 {
        var command = command
        do {
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            return -1
        }
    }

    /// A new content folder made by `vista init`.
    static func initialisedContent() throws -> String {
        let folder = temporaryFolder() + "/Content"
        try parse(["init", folder, "--quiet"], as: InitCommand.self).create()
        return folder
    }

    static func write(_ text: String, to path: String) {
        let url = URL(fileURLWithPath: path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

enum CLITestError: Error { case wrongCommand(String) }
