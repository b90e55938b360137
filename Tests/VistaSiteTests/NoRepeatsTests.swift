import Foundation
import Testing
@testable import VistaSite

/// The rule of repeats (docs/CONTENT.md): what a page's body embeds, the template does not add again.
@Suite struct NoRepeatsTests {
    /// Every home and proposal page of the example and of the harbor fixture: no chart (by its
    /// accessible name) and no task table (by its rows) appears twice.
    @Test(arguments: ["example", "harbor"])
    func noHomeOrProposalPageShowsAChartOrATaskTableTwice(_ name: String) throws {
        let content = name == "example" ? SiteTestSupport.exampleContent : SiteTestSupport.fixture("harbor")
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        let pages = SiteTestSupport.files(in: site).filter { $0 == "index.html" || ($0.hasPrefix("proposals/") && $0.hasSuffix("/index.html") && $0 != "proposals/index.html" && !$0.hasSuffix("/slides/index.html")) }
        #expect(pages.count == (name == "example" ? 3 : 2))
        for page in pages {
            let html = SiteTestSupport.read(site + "/" + page)
            let names = Self.chartNames(html)
            #expect(!names.isEmpty, "\(page) has no chart")
            #expect(Self.repeated(names).isEmpty, "\(name) \(page) repeats the charts \(Self.repeated(names))")
            let tables = Self.taskTables(html)
            #expect(Self.repeated(tables).isEmpty, "\(name) \(page) repeats the task table \(Self.repeated(tables))")
        }
    }

    @Test func theTemplateLeavesOutWhatTheBodyEmbeds() {
        let proposal = """
        ---
        title: Live berth plan
        tasks: [daily-berth-report]
        metrics: [berth-wait, weekly-throughput, cargo-by-terminal]
        ---
        ```tasks
        tasks: [daily-berth-report, tide-bulletin]
        ```

        ```kpi
        metrics: [berth-wait]
        ```

        ```chart
        metric: weekly-throughput
        type: bar
        ```
        """
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["proposals/live-berth-plan.md": proposal])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = SiteTestSupport.read(site + "/proposals/live-berth-plan/index.html")
        // The body's table lists the proposal's one task (and another): the template adds no table of its own.
        #expect(Self.taskTables(html).count == 1)
        // The waterfall is not in the body, so the template keeps it.
        #expect(Self.chartNames(html).contains("Savings per year of this proposal"))
        // berth-wait is a tile in the body and weekly-throughput a chart (as bars): the template shows neither
        // again, as a tile or as a chart; only cargo-by-terminal, which the body does not show, gets its chart.
        #expect(html.components(separatedBy: "<li class=\"kpi\">").count - 1 == 1)
        #expect(Self.chartNames(html) == ["Trend of average berth wait", "Containers per week", "Savings per year of this proposal",
                                          "Cargo by terminal"])
    }

    @Test func aTableOfOnlySomeOfTheTasksKeepsTheTemplatesTable() {
        let proposal = """
        ---
        title: Live berth plan
        tasks: [daily-berth-report, tide-bulletin]
        ---
        ```tasks
        tasks: [daily-berth-report]
        ```

        ```savings
        tasks: [daily-berth-report, tide-bulletin]
        ```
        """
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["proposals/live-berth-plan.md": proposal])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = SiteTestSupport.read(site + "/proposals/live-berth-plan/index.html")
        #expect(Self.taskTables(html).count == 2)
        // The body's savings chart covers both tasks: the template draws no second waterfall.
        #expect(!Self.chartNames(html).contains("Savings per year of this proposal"))
        #expect(Self.chartNames(html).contains("Savings per year, task by task"))
    }

    /// The accessible name (`<title>`) of every chart and sparkline, once per chart (the narrow
    /// variant of a chart repeats its wide one's name).
    static func chartNames(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<svg [^>]*class=\"([^\"]*)\"[^>]*><title id=\"[^\"]*\">([^<]*)</title>")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            let classes = String(html[Range(match.range(at: 1), in: html)!])
            return classes.contains("vista-chart-narrow") ? nil : String(html[Range(match.range(at: 2), in: html)!])
        }
    }

    /// Each task table as the titles of its rows, in order.
    static func taskTables(_ html: String) -> [String] {
        html.components(separatedBy: "<table class=\"task-table\">").dropFirst().map { table in
            let body = table.components(separatedBy: "</tbody>")[0]
            let rows = body.components(separatedBy: "<th scope=\"row\">").dropFirst().map { $0.components(separatedBy: "</th>")[0] }
            return rows.joined(separator: " | ")
        }
    }

    static func repeated(_ items: [String]) -> [String] {
        var seen: Set<String> = [], twice: [String] = []
        for item in items where !seen.insert(item).inserted && !twice.contains(item) { twice.append(item) }
        return twice
    }
}
