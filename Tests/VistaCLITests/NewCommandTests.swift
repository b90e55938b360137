import Foundation
import Testing
@testable import VistaCLI
@testable import VistaContent
import VistaSite

/// `vista new`: a file named from the title, with every field, that loads without errors and is never overwritten.
@Suite struct NewCommandTests {
    static let today = (year: 2026, month: 3, day: 9)

    @Test func aTaskHasEveryFieldAndTheSixQuestions() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let command = try CLITestSupport.parse(["new", "task", "Weekly Sales Report: EMEA", "--content", content], as: NewCommand.self)
        let path = try command.create(today: Self.today)
        #expect(path == content + "/tasks/weekly-sales-report-emea.yaml")
        let text = CLITestSupport.read(path)
        #expect(text.contains("title: \"Weekly Sales Report: EMEA\"\n"))
        for key in TaskAnalysis.keys { #expect(text.contains("\n\(key):"), "\(key)") }
        for key in TaskAnalysis.questionKeys { #expect(text.contains("\n  \(key):"), "\(key)") }
        for key in TaskAnalysis.recommendationKeys { #expect(text.contains("#  \(key):"), "\(key)") }
        for question in TaskAnalysis.Question.allCases { #expect(text.contains("  # \(question.prompt)\n"), "\(question)") }
        let task = try #require(Self.loadsClean(content).task("weekly-sales-report-emea"))
        #expect(task.title == "Weekly Sales Report: EMEA")
        #expect(task.openQuestions == TaskAnalysis.Question.allCases)
        #expect(task.recommendation == nil)
    }

    /// A new task starts with its cost fields empty: it is "not costed yet", counts 0 in every total,
    /// and the headline says so, so a forgotten stub cannot move the headline.
    @Test func aNewTaskIsNotCostedUntilItsEffortIsWritten() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let before = try Self.loadsClean(content)
        let totalsBefore = before.costModel.totals(for: before.tasks)
        let command = try CLITestSupport.parse(["new", "task", "Shift report", "--content", content], as: NewCommand.self)
        let path = try command.create(today: Self.today)
        let text = CLITestSupport.read(path)
        #expect(!text.contains("\neffort_hours: 1"))
        #expect(!text.contains("\nrecipients: 1"))
        #expect(text.contains("\neffort_hours:  "))
        let after = try Self.loadsClean(content)
        let task = try #require(after.task("shift-report"))
        #expect(!task.isCosted)
        let figures = after.costModel.figures(for: task)
        #expect(figures.current.costPerYear == 0 && figures.proposed.costPerYear == 0)
        let totals = after.costModel.totals(for: after.tasks)
        #expect(totals.currentCost == totalsBefore.currentCost)
        #expect(totals.proposedCost == totalsBefore.proposedCost)
        #expect(totals.notCostedCount == 1)
        #expect(totals.taskCount == totalsBefore.taskCount + 1)
        let site = CLITestSupport.temporaryFolder() + "/Site"
        defer { CLITestSupport.removeTemporary(site) }
        let report = SiteBuilder(options: BuildOptions(content: content, output: site)).build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let home = CLITestSupport.read(site + "/index.html")
        #expect(home.contains("1 task is not costed yet"))
        let page = CLITestSupport.read(site + "/tasks/shift-report/index.html")
        #expect(page.contains("This task is not costed yet"))
        #expect(!page.contains("cost-title"))
    }

    @Test func proposalsMetricsAndPagesLoadWithoutErrors() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        for (kind, title, path) in [("proposal", "Q3 plan", "proposals/q3-plan.md"), ("metric", "Net promoter score", "metrics/net-promoter-score.yaml"),
                                    ("page", "FAQ & help", "pages/faq-help.md")] {
            let command = try CLITestSupport.parse(["new", kind, title, "--content", content], as: NewCommand.self)
            #expect(try command.create(today: Self.today) == content + "/" + path)
        }
        let loaded = try Self.loadsClean(content)
        let proposal = try #require(loaded.proposal("q3-plan"))
        #expect(proposal.status == .draft)
        #expect(proposal.date?.description == "2026-03-09")
        let proposalText = CLITestSupport.read(content + "/proposals/q3-plan.md")
        for key in Proposal.keys { #expect(proposalText.contains("\n\(key):"), "\(key)") }
        let metricText = CLITestSupport.read(content + "/metrics/net-promoter-score.yaml")
        for key in Metric.keys { #expect(metricText.contains("\(key):"), "\(key)") }
        // The new metric's rows end where the other metrics' data ends, so that none looks stale.
        #expect(loaded.metric("net-promoter-score")?.latestPeriod?.description == "2026-05")
        #expect(loaded.page("faq-help")?.title == "FAQ & help")
        // The new files add no warnings to a clean folder: the draft is not built, the metric is current.
        let report = SiteBuilder(options: BuildOptions(content: content, output: "", includeDrafts: true, write: false)).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.checks.isEmpty, "\(report.checks)")
    }

    @Test func itNeverOverwritesAFile() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let command = try CLITestSupport.parse(["new", "task", "Shift hand-over", "--content", content], as: NewCommand.self)
        let existing = CLITestSupport.read(content + "/tasks/shift-handover.yaml")
        #expect(!existing.isEmpty)
        // "Shift hand-over" is shift-hand-over, a new id; "Shift handover" is the existing file.
        let same = try CLITestSupport.parse(["new", "task", "Shift handover", "--content", content], as: NewCommand.self)
        #expect(throws: NewCommand.Failure.self) { try same.create(today: Self.today) }
        #expect(CLITestSupport.exitCode(of: same) == 1)
        #expect(CLITestSupport.read(content + "/tasks/shift-handover.yaml") == existing)
        // Another extension of the same id counts as the same file.
        CLITestSupport.write("title: Old\n", to: content + "/tasks/old-report.yml")
        let other = try CLITestSupport.parse(["new", "task", "Old report", "--content", content], as: NewCommand.self)
        #expect(CLITestSupport.exitCode(of: other) == 1)
        #expect(!FileManager.default.fileExists(atPath: content + "/tasks/old-report.yaml"))
        // And a second `new` of the same title fails without touching the first.
        #expect(CLITestSupport.exitCode(of: command) == 0)
        CLITestSupport.write("title: Edited\n", to: content + "/tasks/shift-hand-over.yaml")
        #expect(CLITestSupport.exitCode(of: command) == 1)
        #expect(CLITestSupport.read(content + "/tasks/shift-hand-over.yaml") == "title: Edited\n")
    }

    @Test func aTitleThatYAMLWouldReadAsNullStaysTheTitle() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        for title in ["null", "true", "123"] {
            let command = try CLITestSupport.parse(["new", "task", title, "--content", content], as: NewCommand.self)
            let path = try command.create(today: Self.today)
            #expect(CLITestSupport.read(path).contains("title: \"\(title)\"\n"))
            #expect(try Self.loadsClean(content).task(title)?.title == title)
        }
    }

    @Test func titlesWithoutAnIdAndReservedPagesAreRefused() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let empty = try CLITestSupport.parse(["new", "page", "???", "--content", content], as: NewCommand.self)
        #expect(CLITestSupport.exitCode(of: empty) == 1)
        let reserved = try CLITestSupport.parse(["new", "page", "Tasks", "--content", content], as: NewCommand.self)
        #expect(CLITestSupport.exitCode(of: reserved) == 1)
        let noFolder = try CLITestSupport.parse(["new", "task", "A task", "--content", content + "/missing"], as: NewCommand.self)
        #expect(CLITestSupport.exitCode(of: noFolder) == 1)
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["new", "report", "A report"], as: NewCommand.self) }
    }

    @Test func yamlTextRoundTrips() throws {
        for title in ["Plain title", "Colon: inside", "# hash", "- dash", "quote \"inside\"", "back\\slash", "[brackets]", "  spaced  ", "yes", "2026",
                      "null", "Null", "~", "true", "no", "123", "1e3", ".nan", "2026-01-31"] {
            let folder = CLITestSupport.temporaryFolder()
            defer { CLITestSupport.removeTemporary(folder) }
            CLITestSupport.write("title: \(YAMLText.scalar(title))\n", to: folder + "/site.yaml")
            CLITestSupport.write("---\ntitle: V\n---\n", to: folder + "/vision.md")
            let loaded = ContentLoader(root: folder).load()
            #expect(loaded.content?.site.title == title.trimmingCharacters(in: .whitespaces) || loaded.content?.site.title == title, "\(title)")
        }
    }

    /// Loads a folder and requires that it has no errors.
    static func loadsClean(_ folder: String) throws -> Content {
        let loaded = ContentLoader(root: folder).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.content)
    }
}
