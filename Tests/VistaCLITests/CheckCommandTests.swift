import Foundation
import Testing
@testable import VistaCLI
import VistaContent

/// `vista check`: every error and warning, as text or JSON, and the exit code.
@Suite struct CheckCommandTests {
    @Test func goodContentExitsWithZeroAndListsItsWarnings() throws {
        let command = try CLITestSupport.parse(["check", "--content", CLITestSupport.exampleContent], as: CheckCommand.self)
        let diagnostics = command.check().diagnostics
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.count == 2)
        let text = CheckCommand.text(diagnostics, contentFolder: "Content", quiet: false, colour: false)
        #expect(text.contains("Content/tasks/quarterly-forecast.yaml:8:1: warning: 3 of the six questions are still open"))
        #expect(text.hasSuffix("Content/: 0 errors, 2 warnings.\n"))
        #expect(!text.contains("\u{1B}["))
        #expect(CLITestSupport.exitCode(of: command) == 0)
    }

    @Test func brokenContentGivesFileLineAndExitsWithOne() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let path = content + "/tasks/weekly-ticket-report.yaml"
        let text = CLITestSupport.read(path)
        CLITestSupport.write(text.replacingOccurrences(of: "effort_hours: 3", with: "effort_hours: three")
            .replacingOccurrences(of: "channel: Email (PDF)", with: "chnnl: Email (PDF)"), to: path)
        let command = try CLITestSupport.parse(["check", "--content", content], as: CheckCommand.self)
        let diagnostics = command.check().diagnostics
        let output = CheckCommand.text(diagnostics, contentFolder: content, quiet: false, colour: false)
        #expect(output.contains("\(content)/tasks/weekly-ticket-report.yaml:4:15: error: `effort_hours` must be a number, found 'three'"))
        #expect(output.contains("\(content)/tasks/weekly-ticket-report.yaml:7:1: warning: unknown key `chnnl` in a task"))
        #expect(output.contains("hint: did you mean `channel`?"))
        #expect(output.hasSuffix("1 error, 1 warning.\n"))
        let quiet = CheckCommand.text(diagnostics, contentFolder: content, quiet: true, colour: false)
        #expect(!quiet.contains("warning"))
        #expect(CLITestSupport.exitCode(of: command) == 1)
        // Nothing was written: check never builds a site.
        #expect(!FileManager.default.fileExists(atPath: content + "/../Site"))
    }

    /// A key one edit away from a cost key would silently leave the cost at its default: an error.
    @Test func aTypoInAKeyIsAnErrorWithDidYouMean() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let path = content + "/tasks/weekly-ticket-report.yaml"
        CLITestSupport.write(CLITestSupport.read(path).replacingOccurrences(of: "effort_hours: 3", with: "efort_hours: 3"), to: path)
        let command = try CLITestSupport.parse(["check", "--content", content], as: CheckCommand.self)
        let output = CheckCommand.text(command.check().diagnostics, contentFolder: content, quiet: false, colour: false)
        #expect(output.contains("\(content)/tasks/weekly-ticket-report.yaml:4:1: error: unknown key `efort_hours` in a task, one letter away from `effort_hours`"))
        #expect(output.contains("hint: did you mean `effort_hours`?"))
        #expect(CLITestSupport.exitCode(of: command) == 1)
    }

    /// `vista build` prints how many warnings about the analysis there are and the first five.
    @Test func aBuildPrintsTheFirstWarnings() {
        let checks = (1...7).map { Diagnostic.warning(SourceLocation(file: "tasks/t\($0).yaml", line: $0, column: 1), "open question \($0)") }
        let text = BuildCommand.checksText(checks, contentFolder: "Content")
        #expect(text.hasPrefix("7 warnings about the analysis (open questions, stale metrics, …); the first 5:\n"))
        #expect(text.contains("Content/tasks/t1.yaml:1:1: warning: open question 1"))
        #expect(text.contains("Content/tasks/t5.yaml:5:1: warning: open question 5"))
        #expect(!text.contains("open question 6"))
        #expect(text.hasSuffix("… and 2 more: `vista check` lists them all."))
        let two = BuildCommand.checksText(Array(checks.prefix(2)), contentFolder: "Content")
        #expect(two.hasPrefix("2 warnings about the analysis (open questions, stale metrics, …):\n"))
        #expect(two.contains("t2.yaml:2:1") && !two.contains("more"))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        CLITestSupport.write("title: Open\nfrequency: weekly\nquestions:\n  why: [not, text]\n", to: content + "/tasks/open.yaml")
        CLITestSupport.write("not a site", to: content + "/metrics/notes.txt")
        let command = try CLITestSupport.parse(["check", "--content", content, "--format", "json"], as: CheckCommand.self)
        #expect(command.format == .json)
        let json = CheckCommand.json(command.check().diagnostics, contentFolder: content)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "content", "errors", "warnings", "diagnostics"])
        #expect(object["version"] as? Int == 1)
        #expect(object["content"] as? String == content)
        #expect(object["errors"] as? Int == 1)
        let entries = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(entries.count == 1 + (object["warnings"] as? Int ?? -1))
        for entry in entries {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "message", "hint"])
        }
        let error = try #require(entries.first { $0["severity"] as? String == "error" })
        #expect(error["file"] as? String == content + "/tasks/open.yaml")
        #expect(error["line"] as? Int == 4)
        #expect(error["column"] as? Int == 8)
        // A diagnostic without a hint has a null hint.
        let ignored = try #require(entries.first { ($0["file"] as? String)?.hasSuffix("notes.txt") == true })
        #expect(ignored["hint"] is NSNull)
        let decoded = try JSONDecoder().decode(CheckOutput.self, from: Data(json.utf8))
        #expect(decoded.diagnostics.contains { $0.message.contains("of the six questions are still open") })
        #expect(CLITestSupport.exitCode(of: command) == 1)
    }

    @Test func aDiagnosticAboutAWholeFolderHasNoLine() throws {
        let json = CheckCommand.json([.error(.whole(""), "the content folder does not exist", hint: "pass --content PATH")], contentFolder: "Site/")
        let decoded = try JSONDecoder().decode(CheckOutput.self, from: Data(json.utf8))
        #expect(decoded == CheckOutput(version: 1, content: "Site", errors: 1, warnings: 0, diagnostics: [
            .init(file: "Site", line: nil, column: nil, severity: "error", message: "the content folder does not exist", hint: "pass --content PATH"),
        ]))
        #expect(json.contains("\"line\" : null"))
    }

    @Test func aMissingContentFolderIsAnError() throws {
        let folder = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(folder) }
        let command = try CLITestSupport.parse(["check", "--content", folder + "/nothing"], as: CheckCommand.self)
        let diagnostics = command.check().diagnostics
        #expect(diagnostics.first?.message == "the content folder does not exist")
        #expect(CLITestSupport.exitCode(of: command) == 1)
    }
}
