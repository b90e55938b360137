import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// The example `Content/` is the end-to-end fixture: it builds, with every page and the hand-computed figures.
@Suite struct ExampleSiteTests {
    static let built: (BuildReport, String) = SiteTestSupport.build(SiteTestSupport.exampleContent)

    @Test func buildsWithoutErrorsOrWarnings() {
        let (report, _) = Self.built
        #expect(report.succeeded, "\(report.diagnostics)")
        let warnings = report.diagnostics.filter { !$0.isError }
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(report.draftsLeftOut == ["proposals/self-service-sales-dashboards.md"])
    }

    @Test func writesEveryPage() {
        let (_, site) = Self.built
        let tasks = ["daily-cash-position", "marketing-spend-report", "monthly-board-pack", "monthly-expense-variance",
                     "order-backlog-report", "quarterly-forecast", "top-customers-requests", "weekly-headcount-report",
                     "weekly-pipeline-review-deck", "weekly-sales-report"]
        let metrics = ["analyst-hours", "recipients", "report-count", "reporting-cost", "reporting-hours-by-department", "satisfaction"]
        var expected = [".vista-site", "404.html", "about/index.html", "assets/logo.svg", "assets/slides.css", "assets/vista.css",
                        "changes/index.html", "dashboard/index.html", "feed.xml", "index.html", "method/index.html", "proposals/index.html",
                        "proposals/month-end-pack/index.html", "proposals/month-end-pack/slides/index.html",
                        "proposals/reporting-task-force/index.html", "proposals/reporting-task-force/slides/index.html",
                        "sitemap.xml", "tasks/index.html"]
        expected += tasks.map { "tasks/\($0)/index.html" }
        expected += metrics.flatMap { ["metrics/\($0).csv", "metrics/\($0)/index.html"] }
        #expect(SiteTestSupport.files(in: site) == expected.sorted())
    }

    @Test func theHeadlineIsTheHandComputedTotal() {
        let (_, site) = Self.built
        // Worked out by hand in docs/CONTENT.md: 185,045.83 today, 91,705 proposed, saving 93,340.83 (50.44 %).
        for page in ["index.html", "tasks/index.html", "proposals/reporting-task-force/index.html"] {
            let html = SiteTestSupport.read(site + "/" + page).mainContent
            #expect(html.contains("<dd>$185,046</dd>"), "\(page)")
            #expect(html.contains("<dd>$91,705</dd>"), "\(page)")
            #expect(html.contains("$93,341 <span class=\"headline-pct\">−50.4\u{A0}%</span>"), "\(page)")
        }
        // month-end-pack covers three tasks: 73,725 → 69,045, saving 4,680 (6.35 %).
        let pack = SiteTestSupport.read(site + "/proposals/month-end-pack/index.html").mainContent
        #expect(pack.contains("<dd>$73,725</dd>"))
        #expect(pack.contains("<dd>$69,045</dd>"))
        #expect(pack.contains("$4,680 <span class=\"headline-pct\">−6.3\u{A0}%</span>"))
        #expect(!pack.contains("once"), "no one-off cost in this proposal, so no payback")
    }

    @Test func theHeadlineSaysWhenTheOneOffCostPaysBack() {
        let (_, site) = Self.built
        // The daily cash position's one-off: 4,500 + 40 h × 65 = 7,100. Over all tasks: payback
        // 7,100 / (93,340.83 / 12) = 0.91 months → 1 month; net over 3 years 3 × 93,340.83 − 7,100 =
        // 272,922.50, which sums in floating point a hair below the half and so shows as $272,922.
        for page in ["index.html", "tasks/index.html", "proposals/reporting-task-force/index.html"] {
            let html = SiteTestSupport.read(site + "/" + page).mainContent
            #expect(html.contains("The changes cost <strong>$7,100</strong> once and pay back in <strong>1 month</strong>; <strong>$272,922</strong> net over 3 years."), "\(page)")
            #expect(html.contains("<dt>Net over 3 years</dt><dd>$272,922</dd>"), "\(page)")
        }
        // The task itself: saving 10,812.50; payback 7,100 / (10,812.50 / 12) = 7.88 months → 8;
        // net 3 × 10,812.50 − 7,100 = 25,337.50 → $25,338.
        let task = SiteTestSupport.read(site + "/tasks/daily-cash-position/index.html").mainContent
        #expect(task.contains("The change costs <strong>$7,100</strong> once ($4,500 and 40\u{A0}h of work at $65 an hour) and pays back in <strong>8 months</strong>; <strong>$25,338</strong> net over 3 years."))
        let tasks = SiteTestSupport.read(site + "/tasks/index.html").mainContent
        #expect(tasks.contains("<td class=\"num\" data-label=\"One-off cost\">$7,100</td><td class=\"num\" data-label=\"Pays back in\">8 months</td>"))
    }

    /// The report count is read from the reporting calendar's workbook (month-end dates on the
    /// sheet 'Calendar'), the recipients from the distribution lists' SQLite database; both give
    /// the figures the example had inline, and the site publishes them as CSV.
    @Test func metricsFromAWorkbookAndADatabase() throws {
        let content = try #require(ContentLoader(root: SiteTestSupport.exampleContent).load().content)
        let months = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
        let reports = try #require(content.metric("report-count"))
        #expect(reports.dataFile == "metrics/report-count.xlsx")
        #expect(reports.data.periods?.map(\.description) == months)
        #expect(reports.data.series.first?.values == [31, 31, 32, 32, 32, 29, 24, 19, 18, 17, 17, 17])
        let recipients = try #require(content.metric("recipients"))
        #expect(recipients.dataFile == "metrics/recipients.sqlite")
        #expect(recipients.data.periods?.map(\.description) == months)
        #expect(recipients.data.series.first?.values == [142, 142, 145, 144, 144, 131, 112, 96, 88, 84, 81, 80])
        let (_, site) = Self.built
        #expect(SiteTestSupport.read(site + "/metrics/report-count.csv").contains("\n2026-10,17"))
        #expect(SiteTestSupport.read(site + "/metrics/recipients.csv").contains("\n2026-10,80"))
    }

    @Test func hoursMultiplyAsShown() {
        let (_, site) = Self.built
        // The daily cash position: 0.75 h + 5 × 6 min = 1.25 h a run, × 250 runs = 312.5 h.
        let html = SiteTestSupport.read(site + "/tasks/daily-cash-position/index.html").mainContent
        #expect(html.contains("<td class=\"num\">250</td><td class=\"num\">1.25\u{A0}h</td><td class=\"num\">312.5\u{A0}h</td>"))
        #expect(html.contains("<dd>0.75\u{A0}h</dd>"))
    }

    @Test func taskPagesShowTheirOwnFigures() {
        let (_, site) = Self.built
        let expectations: [(String, String, String)] = [
            ("weekly-sales-report", "$31,620", "$7,050"),
            ("daily-cash-position", "$20,313", "$9,500"),
            ("monthly-board-pack", "$37,455", "$37,455"),
            ("top-customers-requests", "$3,900", "$0"),
            ("marketing-spend-report", "$8,168", "$3,380"),
        ]
        for (task, current, proposed) in expectations {
            let html = SiteTestSupport.read(site + "/tasks/\(task)/index.html").mainContent
            #expect(html.contains("<th scope=\"row\">Today</th>") && html.contains("<td class=\"num\">\(current)</td></tr>"), "\(task)")
            #expect(html.contains("<td class=\"num\">\(proposed)</td></tr>"), "\(task)")
        }
    }

    @Test func theReportingCostTileShowsTheHalving() {
        let (_, site) = Self.built
        // 12,415 in Feb 2026 (baseline) → 6,110 in Oct 2026: −6,305, −50.8 %; target 6,200 met.
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(home.contains("<p class=\"kpi-value\">$6,110</p>"))
        #expect(home.contains("−\u{2060}$6,305 (−50.8\u{A0}%)"))
        #expect(home.contains("Data as of Oct 2026"))
    }
}
