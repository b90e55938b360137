import Foundation
import Testing
@testable import VistaCLI
@testable import VistaContent
import VistaSite

/// `vista init --language` and `vista new` in the site's language: the six questions as prompts and
/// the example texts in the words of the language.
@Suite struct StarterLanguageTests {
    static let today = (year: 2026, month: 3, day: 9)

    static func initialised(_ language: String) throws -> String {
        let folder = CLITestSupport.temporaryFolder() + "/Content"
        try CLITestSupport.parse(["init", folder, "--language", language, "--quiet"], as: InitCommand.self).create()
        return folder
    }

    @Test func initInGermanWritesTheQuestionsInGermanAndBuildsClean() throws {
        let folder = try Self.initialised("de")
        defer { CLITestSupport.removeTemporary(folder) }
        #expect(CLITestSupport.read(folder + "/site.yaml").contains("\nlanguage: de\n"))
        let task = CLITestSupport.read(folder + "/tasks/weekly-ticket-report.yaml")
        #expect(task.contains("  # Warum machen wir das so?\n  why:"))
        #expect(task.contains("  # Wer sollte beteiligt sein?\n  who:"))
        let report = SiteBuilder(options: BuildOptions(content: folder, output: CLITestSupport.temporaryFolder() + "/Site")).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.filter { !$0.isError }.isEmpty, "\(report.diagnostics)")
    }

    @Test(arguments: ["en", "de", "fr", "es", "nl"])
    func newFilesSpeakTheSitesLanguage(language: String) throws {
        let folder = try Self.initialised(language)
        defer { CLITestSupport.removeTemporary(folder) }
        let words = SiteWords.catalogue(language: language, overrides: [:])
        let task = try CLITestSupport.parse(["new", "task", "Shift report", "--content", folder], as: NewCommand.self).create(today: Self.today)
        let taskText = CLITestSupport.read(task)
        for question in TaskAnalysis.Question.allCases {
            #expect(taskText.contains("  # \(words["question." + question.rawValue])\n"), "\(language): \(question)")
            #expect(taskText.contains("  # \(words["starter.question_hint." + question.rawValue])\n"), "\(language): \(question)")
        }
        let proposal = try CLITestSupport.parse(["new", "proposal", "Fewer reports", "--content", folder], as: NewCommand.self).create(today: Self.today)
        #expect(CLITestSupport.read(proposal).contains("## \(words["starter.why_now"])\n"))
        _ = try CLITestSupport.parse(["new", "metric", "Hours saved", "--content", folder], as: NewCommand.self).create(today: Self.today)
        _ = try CLITestSupport.parse(["new", "page", "Method", "--content", folder], as: NewCommand.self).create(today: Self.today)
        let loaded = ContentLoader(root: folder).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let content = try #require(loaded.content)
        #expect(content.proposal("fewer-reports")?.summary?.text == words["starter.summary"])
    }

    @Test func aLanguageThatIsNoTagIsRefused() {
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["init", "x", "--language", "de DE"], as: InitCommand.self) }
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["init", "x", "--language", "1"], as: InitCommand.self) }
    }
}
