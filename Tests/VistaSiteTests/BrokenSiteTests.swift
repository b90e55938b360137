import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Broken Markdown, embeds and links: the build fails with the file and line, and writes nothing.
@Suite struct BrokenSiteTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let expected: String
        var testDescription: String { name }
    }

    static let vision = "---\ntitle: V\n---\nLine four.\n\n"

    static let cases: [Case] = [
        Case(name: "link to a missing task", files: ["vision.md": vision + "See [x](tasks/nope.yaml).\n"],
             expected: "vision.md:6:5: error: link to a missing content file 'tasks/nope.yaml'"),
        Case(name: "link to a missing page from a proposal", files: ["proposals/live-berth-plan.md": "---\ntitle: P\n---\n\nRead [the FAQ](../pages/faqs.md).\n"],
             expected: "proposals/live-berth-plan.md:5:6: error: link to a missing content file 'pages/faqs.md'"),
        Case(name: "link in a task answer", files: ["tasks/tide-bulletin.yaml": "title: Tide\nfrequency: weekly\nquestions:\n  why: See [x](nope.yaml).\n"],
             expected: "tasks/tide-bulletin.yaml:4:"),
        Case(name: "unknown metric in a chart", files: ["vision.md": vision + "```chart\nmetric: berth-waits\n```\n"],
             expected: "vision.md:7:9: error: unknown metric id 'berth-waits' in an embed"),
        Case(name: "unknown metric in kpi", files: ["vision.md": vision + "```kpi\nmetrics: [berth-wait, nope]\n```\n"],
             expected: "vision.md:7:23: error: unknown metric id 'nope' in an embed"),
        Case(name: "unknown task in tasks embed", files: ["vision.md": vision + "```tasks\ntasks: [tide-bulletin, tides]\n```\n"],
             expected: "vision.md:7:24: error: unknown task id 'tides' in an embed"),
        Case(name: "bad key in an embed", files: ["vision.md": vision + "```chart\nmetric: berth-wait\ntyp: line\n```\n"],
             expected: "vision.md:8:1: error: unknown key `typ` in the chart embed"),
        Case(name: "bad chart type", files: ["vision.md": vision + "```chart\nmetric: berth-wait\ntype: pie\n```\n"],
             expected: "vision.md:8:7: error: unknown type 'pie'; expected one of: line, area, bar, stacked, before-after, sparkline"),
        Case(name: "unknown series", files: ["vision.md": vision + "```chart\nmetric: berth-wait\nseries: [wait, queue]\n```\n"],
             expected: "vision.md:8:16: error: the metric 'berth-wait' has no series 'queue'"),
        Case(name: "bad period in an embed", files: ["vision.md": vision + "```chart\nmetric: berth-wait\nfrom: 2026-14\n```\n"],
             expected: "vision.md:8:7: error: bad period in `from`"),
        Case(name: "embed YAML syntax", files: ["vision.md": vision + "```kpi\nmetrics: [berth-wait\n```\n"],
             expected: "vision.md:8:"),
        Case(name: "link to a draft", files: ["proposals/later.md": "---\ntitle: Later\nstatus: draft\n---\n",
                                              "vision.md": vision + "[later](proposals/later.md)\n"],
             expected: "vision.md:6:1: error: link to 'proposals/later.md', a draft proposal that this build leaves out"),
        Case(name: "broken theme template", files: ["theme/page.mustache": "<h1>{{title}</h1>\n"],
             expected: "theme/page.mustache:1:"),
    ]

    @Test(arguments: cases)
    func failsWithTheLine(_ broken: Case) throws {
        let content = SiteTestSupport.copy(of: "harbor", replacing: broken.files)
        let output = SiteTestSupport.temporaryFolder() + "/Site"
        let (report, _) = SiteTestSupport.build(content, output: output)
        let lines = report.diagnostics.map { $0.formatted(contentFolder: nil) }
        #expect(!report.succeeded)
        #expect(lines.contains { $0.hasPrefix(broken.expected) }, "expected \(broken.expected)\ngot:\n\(lines.joined(separator: "\n"))")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aLinkToAWebPageIsKept() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["vision.md": Self.vision + "[web](https://example.com/a.md) [mail](mailto:x@example.com) [top](#top)\n"])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(home.contains("href=\"https://example.com/a.md\""))
        #expect(home.contains("href=\"mailto:x@example.com\""))
        #expect(home.contains("href=\"#top\""))
    }
}
