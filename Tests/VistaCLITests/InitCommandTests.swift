import ArgumentParser
import Foundation
import Testing
@testable import VistaCLI
@testable import VistaContent
import VistaSite

/// `vista init`: a new content folder that builds clean and shows every feature once.
@Suite struct InitCommandTests {
    @Test func theNewFolderBuildsWithoutErrorsOrWarnings() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let output = CLITestSupport.temporaryFolder() + "/Site"
        defer { CLITestSupport.removeTemporary(output) }
        let report = SiteBuilder(options: BuildOptions(content: content, output: output)).build()
        #expect(report.succeeded)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.checks.isEmpty, "\(report.checks)")
        #expect(report.draftsLeftOut.isEmpty)
        for page in ["index.html", "tasks/index.html", "dashboard/index.html", "about/index.html", "404.html", "sitemap.xml",
                     "proposals/support-reporting-review/index.html", "metrics/reporting-hours.csv", "assets/logo.svg", "assets/custom.css"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + page), "\(page)")
        }
        let check = try CLITestSupport.parse(["check", "--content", content], as: CheckCommand.self)
        #expect(CLITestSupport.exitCode(of: check) == 0)
    }

    @Test func itShowsEveryFeatureOnce() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let loaded = try #require(ContentLoader(root: content).load().content)
        #expect(Set(loaded.tasks.compactMap { $0.recommendation?.action }) == Set(Recommendation.Action.allCases))
        #expect(loaded.tasks.allSatisfy { $0.openQuestions.isEmpty })
        #expect(loaded.metrics.contains { $0.dataFile != nil })
        #expect(loaded.metrics.contains { $0.dataFile == nil && !$0.data.isCategorical })
        #expect(loaded.metrics.contains { $0.data.isCategorical })
        #expect(loaded.proposals.contains { !$0.milestones.isEmpty })
        #expect(!loaded.pages.isEmpty)
        #expect(!loaded.assets.isEmpty)
        #expect(!loaded.themeFiles.isEmpty)
        let markdown = [loaded.vision.body.text] + loaded.proposals.map(\.body.text) + loaded.pages.map(\.body.text)
        for kind in Embed.kinds {
            #expect(markdown.contains { $0.contains("```\(kind)\n") }, "the \(kind) embed")
        }
    }

    /// The starter redistributes the on-call roster from the managers ($80) to the agents ($45) and
    /// has two one-off costs, worked out by hand.
    @Test func theStarterPricesARedistributionAtTheAgentsRate() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let loaded = try #require(ContentLoader(root: content).load().content)
        let model = loaded.costModel
        // On-call roster: 24 runs × (2 h + 15 × 2 min) = 60 h × $80 = $4,800 today; proposed 24 × (0.5 h +
        // 0.5 h) = 24 h × $45 = $1,080; saving $3,720. One-off: 4 h at today's $80 = $320; payback
        // 320 / (3,720 / 12) = 1.03 months → 2; net 3 × 3,720 − 320 = $10,840.
        let roster = model.figures(for: try #require(loaded.task("on-call-roster")))
        #expect(close(roster.current.costPerYear, 4_800) && close(roster.proposed.costPerYear, 1_080))
        #expect(roster.proposedRate == 45)
        #expect(close(roster.oneOffCost, 320))
        #expect(roster.payback.wholeMonths == 2)
        #expect(close(roster.payback.netOverHorizon, 10_840))
        // SLA spreadsheet: 104 × 2.5 h × $55 = $14,300 today; 104 × 0.75 h × $55 + $300 = $4,590; saving
        // $9,710; one-off $400; net 3 × 9,710 − 400 = $28,730.
        let sla = model.figures(for: try #require(loaded.task("sla-spreadsheet")))
        #expect(close(sla.savings, 9_710) && close(sla.payback.netOverHorizon, 28_730))
        let output = CLITestSupport.temporaryFolder() + "/Site"
        defer { CLITestSupport.removeTemporary(output) }
        #expect(SiteBuilder(options: BuildOptions(content: content, output: output)).build().succeeded)
        let page = CLITestSupport.read(output + "/tasks/on-call-roster/index.html")
        #expect(page.contains("The proposed way is priced at $45 an hour, the rate of agents."))
        #expect(page.contains("The change costs <strong>$320</strong> once (4\u{A0}h of work at $80 an hour) and pays back in <strong>2 months</strong>; <strong>$10,840</strong> net over 3 years."))
    }

    /// Compares doubles to within a cent.
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.005 }

    /// The rule of repeats (CONTENT.md): the starter's body embeds the task table and the highlight
    /// tiles, so the proposal shows one task table and the home page each tile once.
    @Test func itRepeatsNoTableTileOrChart() throws {
        let content = try CLITestSupport.initialisedContent()
        defer { CLITestSupport.removeTemporary(content) }
        let output = CLITestSupport.temporaryFolder() + "/Site"
        defer { CLITestSupport.removeTemporary(output) }
        #expect(SiteBuilder(options: BuildOptions(content: content, output: output)).build().succeeded)
        for page in ["index.html", "proposals/support-reporting-review/index.html"] {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            #expect(html.components(separatedBy: "<table class=\"task-table\">").count <= 2, "\(page)")
            // Each chart's accessible name once (its wide variant; the narrow one repeats it by design).
            let names = html.components(separatedBy: "<svg ").dropFirst().filter { !$0.hasPrefix("xmlns=\"http://www.w3.org/2000/svg\" class=\"vista-chart-svg vista-chart-narrow") }
                .compactMap { $0.components(separatedBy: "</title>").first?.components(separatedBy: "\">").last }
            #expect(!names.isEmpty, "\(page)")
            #expect(Set(names).count == names.count, "\(page): \(names)")
        }
    }

    @Test func itRefusesAFolderThatIsNotEmpty() throws {
        let folder = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(folder) }
        CLITestSupport.write("", to: folder + "/.hidden")
        let command = try CLITestSupport.parse(["init", folder], as: InitCommand.self)
        #expect(CLITestSupport.exitCode(of: command) == 1)
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder)) == [".hidden"])
        // An empty folder is fine.
        let empty = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(empty) }
        #expect(CLITestSupport.exitCode(of: try CLITestSupport.parse(["init", empty, "-q"], as: InitCommand.self)) == 0)
        #expect(FileManager.default.fileExists(atPath: empty + "/site.yaml"))
    }
}

/// `vista help`: every command and option is documented.
@Suite struct HelpTests {
    @Test func everyCommandIsListed() {
        let help = VistaCommand.helpMessage()
        for command in ["build", "serve", "check", "new", "init"] { #expect(help.contains("  \(command) "), "\(command)") }
    }

    @Test func everyOptionIsExplained() {
        let expected: [(ParsableCommand.Type, [String])] = [
            (ServeCommand.self, ["--content", "--output", "--port", "--host", "--drafts", "--quiet"]),
            (CheckCommand.self, ["--content", "--format", "--quiet"]),
            (NewCommand.self, ["<kind>", "<title>", "--content", "--quiet"]),
            (InitCommand.self, ["<folder>", "--quiet"]),
        ]
        for (command, options) in expected {
            let help = VistaCommand.helpMessage(for: command)
            for option in options { #expect(help.contains(option), "\(command) \(option)") }
        }
    }

    @Test func serveRefusesAPortOutOfRange() {
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["serve", "--port", "70000"], as: ServeCommand.self) }
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["check", "--format", "xml"], as: CheckCommand.self) }
    }
}
