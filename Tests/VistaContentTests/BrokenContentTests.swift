import Foundation
import Testing
@testable import VistaContent

/// One broken file in an otherwise good folder gives exactly the diagnostic it should, at its line.
@Suite struct BrokenContentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        var removing: [String] = []
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "YAML syntax", files: ["tasks/staff-rota.yaml": "title: Staff rota\nfrequency: [monthly\neffort_hours: 3\n"],
             expected: "Content/tasks/staff-rota.yaml:3:"),
        Case(name: "missing title", files: ["tasks/staff-rota.yaml": "owner: Amira\nfrequency: monthly\n"],
             expected: "Content/tasks/staff-rota.yaml:1:1: error: missing required field `title`"),
        Case(name: "wrong type", files: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\neffort_hours: three\n"],
             expected: "Content/tasks/staff-rota.yaml:3:15: error: `effort_hours` must be a number, found 'three'"),
        Case(name: "unknown enum", files: ["tasks/supply-order.yaml": "title: Supply\nfrequency: weekly\nrecommendation:\n  action: delete\n"],
             expected: "Content/tasks/supply-order.yaml:4:11: error: unknown action 'delete'; expected one of: keep, eliminate, merge, reduce, automate, redistribute"),
        Case(name: "unknown status", files: ["proposals/live-schedule.md": "---\ntitle: Live\nstatus: aproved\n---\nBody\n"],
             expected: "Content/proposals/live-schedule.md:3:9: error: unknown status 'aproved'; expected one of: draft, proposed, approved, in-progress, done, declined"),
        Case(name: "unknown frequency", files: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: fortnightly\n"],
             expected: "Content/tasks/staff-rota.yaml:2:12: error: unknown frequency 'fortnightly'"),
        Case(name: "unknown merge target", files: ["tasks/supply-order.yaml": "title: Supply\nfrequency: weekly\nrecommendation:\n  action: merge\n  into: nowhere\n"],
             expected: "Content/tasks/supply-order.yaml:5:9: error: unknown task id 'nowhere'"),
        Case(name: "merge without into", files: ["tasks/supply-order.yaml": "title: Supply\nfrequency: weekly\nrecommendation:\n  action: merge\n"],
             expected: "Content/tasks/supply-order.yaml:4:11: error: action: merge needs `into`"),
        Case(name: "unknown task in proposal", files: ["proposals/live-schedule.md": "---\ntitle: Live\ntasks: [staff-rota, staf-rota2]\n---\n"],
             expected: "Content/proposals/live-schedule.md:3:21: error: unknown task id 'staf-rota2'"),
        Case(name: "unknown metric in highlights", files: ["site.yaml": "title: T\nhourly_rate: 40\nhighlights: [no-show-rates]\n"],
             expected: "Content/site.yaml:3:14: error: unknown metric id 'no-show-rates'"),
        Case(name: "bad period in data", files: ["metrics/no-show-rate.yaml": "title: R\ndata:\n  - {month: 2026-01, rate: 1}\n  - {month: 2026-13, rate: 2}\n"],
             expected: "Content/metrics/no-show-rate.yaml:4:13: error: bad period: '2026-13' is not a period: months are 01 to 12"),
        Case(name: "bad baseline", files: ["metrics/no-show-rate.yaml": "title: R\nbaseline: 2025-01\ndata:\n  - {month: 2026-01, rate: 1}\n"],
             expected: "Content/metrics/no-show-rate.yaml:2:11: error: baseline 2025-01 is not a period of the data (2026-01 … 2026-01)"),
        Case(name: "bad CSV cell", files: ["metrics/report-hours.csv": "week,desk\n2026-W01,10\n2026-W02,n/a\n"],
             expected: "Content/metrics/report-hours.csv:3:10: error: bad value 'n/a' for 'desk'"),
        Case(name: "CSV row too short", files: ["metrics/report-hours.csv": "week,desk,office\n2026-W01,10,3\n2026-W02,9\n"],
             expected: "Content/metrics/report-hours.csv:3:1: error: this row has 2 cells, but the header has 3"),
        Case(name: "missing CSV", files: [:], removing: ["metrics/report-hours.csv"],
             expected: "Content/metrics/report-hours.yaml:5:7: error: data file 'report-hours.csv' not found"),
        Case(name: "bad id", files: ["tasks/Weekly_Report.yaml": "title: W\n"],
             expected: "Content/tasks/Weekly_Report.yaml:1:1: error: bad id 'Weekly_Report': ids are lowercase letters, digits and -"),
        Case(name: "unclosed front matter", files: ["pages/method.md": "---\ntitle: Method\n\nBody text\n"],
             expected: "Content/pages/method.md:1:1: error: the front matter that opens here with --- is never closed"),
        Case(name: "duplicate keys", files: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\ntitle: Again\n"],
             expected: "Content/tasks/staff-rota.yaml:3:1: error: duplicate key `title`"),
        Case(name: "front matter line offset", files: ["proposals/live-schedule.md": "---\ntitle: Live\nsummary: Fine\nmetrics: [no-show-rate, nope]\n---\nBody\n"],
             expected: "Content/proposals/live-schedule.md:4:25: error: unknown metric id 'nope'"),
        Case(name: "missing site.yaml", files: [:], removing: ["site.yaml"],
             expected: "Content/site.yaml:1:1: error: site.yaml is missing"),
        Case(name: "missing vision", files: [:], removing: ["vision.md"],
             expected: "Content/vision.md:1:1: error: vision.md is missing"),
        Case(name: "on-demand without runs", files: ["tasks/supply-order.yaml": "title: Supply\nfrequency: on-demand\neffort_hours: 1\n"],
             expected: "Content/tasks/supply-order.yaml:2:1: error: the task runs on-demand, so it needs `runs_per_year`"),
        Case(name: "negative effort", files: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\neffort_hours: -2\n"],
             expected: "Content/tasks/staff-rota.yaml:3:15: error: `effort_hours` must be zero or more, found -2"),
        Case(name: "mixed period kinds", files: ["metrics/no-show-rate.yaml": "title: R\ndata:\n  - {month: 2026-01, rate: 1}\n  - {month: 2026-Q2, rate: 2}\n"],
             expected: "Content/metrics/no-show-rate.yaml:4:13: error: bad period: '2026-Q2' is a quarter, but the data's periods are months"),
        Case(name: "bad currency", files: ["site.yaml": "title: T\nhourly_rate: 40\ncurrency: euro\n"],
             expected: "Content/site.yaml:3:11: error: `currency` must be an ISO 4217 code"),
        Case(name: "reserved page id", files: ["pages/tasks.md": "---\ntitle: Tasks\n---\n"],
             expected: "Content/pages/tasks.md:1:1: error: a page may not have the id 'tasks'"),
        Case(name: "unknown series name", files: ["metrics/no-show-rate.yaml": "title: R\ndata:\n  - {month: 2026-01, rate: 1}\nseries:\n  rates: Rate\n"],
             expected: "Content/metrics/no-show-rate.yaml:5:3: error: `series` names 'rates', which is not a column of the data"),
        Case(name: "no hourly rate", files: ["site.yaml": "title: T\n"],
             expected: "Content/tasks/staff-rota.yaml:1:1: error: no hourly rate for the cost of 'staff-rota'"),
    ]

    @Test(arguments: cases)
    func diagnosticAtItsLine(_ broken: Case) {
        let folder = TestSupport.copy(of: "clinic", replacing: broken.files, removing: broken.removing)
        let lines = TestSupport.diagnostics(of: folder)
        #expect(lines.contains { $0.hasPrefix(broken.expected) }, "expected \(broken.expected)\ngot:\n\(lines.joined(separator: "\n"))")
        #expect(!ContentLoader(root: folder).load().succeeded)
    }

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
        let folder = TestSupport.copy(of: "clinic", replacing: ["tasks/staff-rota.yaml": "title: Rota\nfrequency: monthly\nefort_hours: 2\n"])
        let result = ContentLoader(root: folder).load()
        #expect(result.succeeded)
        let warning = result.diagnostics.first { $0.message.contains("efort_hours") }
        #expect(warning?.severity == .warning)
        #expect(warning?.hint == "did you mean `effort_hours`?")
        #expect(warning?.location.line == 3)
    }
}
