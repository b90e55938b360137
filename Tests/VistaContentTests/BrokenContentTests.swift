import Foundation
import Testing
@testable import VistaContent

/// Broken files that need bytes or file kinds a fixture folder cannot hold; the corpus of broken
/// content folders is in VistaSiteTests (`Fixtures/broken/`).
@Suite struct BrokenContentTests {
    @Test func invalidUTF8InAFile() {
        let folder = TestSupport.copy(of: "clinic")
        _ = FileManager.default.createFile(atPath: folder + "/tasks/staff-rota.yaml", contents: Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xC3, 0x28]))
        #expect(TestSupport.diagnostics(of: folder).contains { $0.hasPrefix("Content/tasks/staff-rota.yaml:1:8: error: the file is not valid UTF-8") })
    }

    @Test func aContentFileThatIsAFolder() throws {
        let folder = TestSupport.copy(of: "clinic")
        try FileManager.default.createDirectory(atPath: folder + "/tasks/folder.yaml", withIntermediateDirectories: true)
        #expect(TestSupport.diagnostics(of: folder).contains("Content/tasks/folder.yaml:1:1: error: cannot read tasks/folder.yaml: it is a folder, not a file"))
    }

    @Test func aMissingContentFolder() {
        let lines = TestSupport.diagnostics(of: TestSupport.temporaryFolder() + "/nothing-here")
        #expect(lines.first?.hasPrefix("Content: error: the content folder does not exist") == true)
    }

    @Test func anEmptyContentFolderNamesBothRequiredFiles() {
        let lines = TestSupport.diagnostics(of: TestSupport.temporaryFolder())
        #expect(lines.contains { $0.hasPrefix("Content/site.yaml:1:1: error: site.yaml is missing") })
        #expect(lines.contains { $0.hasPrefix("Content/vision.md:1:1: error: vision.md is missing") })
    }

    @Test func diagnosticsAreCollectedAcrossFiles() {
        let folder = TestSupport.copy(of: "clinic", replacing: [
            "tasks/staff-rota.yaml": "title: Rota\nfrequency: fortnightly\n",
            "tasks/supply-order.yaml": "owner: x\n",
        ])
        let errors = TestSupport.diagnostics(of: folder).filter { $0.contains(": error: ") }
        #expect(errors.count == 2)
    }

    @Test func unknownKeysWarnWithASuggestion() {
        let folder = TestSupport.copy(of: "clinic", replacing: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\neffrt_hour: 2\n"])
        let result = ContentLoader(root: folder).load()
        #expect(result.succeeded)
        let warning = result.diagnostics.first { $0.message.contains("effrt_hour") }
        #expect(warning?.severity == .warning)
        #expect(warning?.hint == "did you mean `effort_hours`?")
        #expect(warning?.location.line == 3)
    }

    /// A key one edit away from a known key is a typo that would silently leave a figure at its
    /// default: an error, in a task, a recommendation and site.yaml alike.
    @Test func aKeyOneEditFromAKnownKeyIsAnError() {
        let folder = TestSupport.copy(of: "clinic", replacing: [
            "tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\nefort_hours: 2\nrecommendation:\n  action: reduce\n  Recipients: 3\n",
        ])
        TestSupport.write((try! String(contentsOfFile: folder + "/site.yaml", encoding: .utf8)) + "hourly_rat: 50\n", to: folder + "/site.yaml")
        let result = ContentLoader(root: folder).load()
        #expect(!result.succeeded)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.file):\($0.location.line): \($0.message) (\($0.hint ?? ""))" }
        #expect(errors.contains("tasks/staff-rota.yaml:3: unknown key `efort_hours` in a task, one letter away from `effort_hours` (did you mean `effort_hours`?)"))
        #expect(errors.contains("tasks/staff-rota.yaml:6: unknown key `Recipients` in the recommendation, one letter away from `recipients` (did you mean `recipients`?)"))
        #expect(errors.contains("site.yaml:14: unknown key `hourly_rat` in site.yaml, one letter away from `hourly_rate` (did you mean `hourly_rate`?)"))
        #expect(errors.count == 3)
    }

    @Test func workloadChangesThatAnActionIgnoresWarn() {
        let folder = TestSupport.copy(of: "clinic", replacing: [
            "tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\neffort_hours: 2\nrecommendation:\n  action: keep\n  effort_hours: 1\n",
            "tasks/supply-order.yaml": "title: Supplies\nfrequency: weekly\neffort_hours: 1\nrecommendation:\n  action: eliminate\n  frequency: monthly\n  recipients: 3\n",
        ])
        let result = ContentLoader(root: folder).load()
        #expect(result.succeeded)
        let ignored = result.diagnostics.filter { $0.message.contains("is not used with action") }
            .map { "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(ignored == [
            "tasks/staff-rota.yaml:6:3: `effort_hours` is not used with action: keep, whose proposed cost is today's cost",
            "tasks/supply-order.yaml:6:3: `frequency` is not used with action: eliminate, whose proposed cost is zero",
            "tasks/supply-order.yaml:7:3: `recipients` is not used with action: eliminate, whose proposed cost is zero",
        ])
    }

    @Test func aCSVThatNoMetricNamesWarns() {
        let folder = TestSupport.copy(of: "clinic", replacing: ["metrics/left-over.csv": "month,n\n2026-01,3\n"])
        let result = ContentLoader(root: folder).load()
        #expect(result.succeeded)
        let warnings = result.diagnostics.filter { $0.location.file == "metrics/left-over.csv" }
        #expect(warnings.map(\.message) == ["no metric names this file in `data:`, so the site does not show it"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.hint == "add metrics/left-over.yaml with a title and data: left-over.csv")
        // The CSVs that metrics name give no warning.
        #expect(!result.diagnostics.contains { $0.message.hasPrefix("no metric names") && $0.location.file != "metrics/left-over.csv" })
    }
}
