import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// The payback chart and the waterfall's one-off bar on built pages, against figures worked out
/// by hand.
@Suite struct PaybackSiteTests {
    static let minus = "\u{2212}\u{2060}"
    static let plus = "+\u{2060}"

    /// Monthly, 50 h → 10 h at the harbor's £50: today 12 × 50 × 50 = £30,000, proposed
    /// 12 × 10 × 50 = £6,000, saving £24,000 a year = £2,000 a month; £6,000 once pays back in month 3.
    static let dashboardTask = """
    title: Quay cost report
    frequency: monthly
    effort_hours: 50
    recommendation:
      action: automate
      summary: A dashboard fed from the crane system.
      effort_hours: 10
      one_off_cost: 6000
    """

    static func proposal(tasks: String, chart: String) -> String {
        """
        ---
        title: A quay dashboard
        summary: The cost report as a dashboard.
        status: proposed
        date: 2026-03-01
        tasks: \(tasks)
        ---
        ## What it costs

        ```chart
        \(chart)
        ```
        """
    }

    static func build(_ files: [String: String]) -> (BuildReport, String) {
        SiteTestSupport.build(SiteTestSupport.copy(of: "harbor", replacing: files))
    }

    @Test func aProposalsPaybackChartAddsUpItsOwnTasks() {
        let (report, site) = Self.build(["tasks/quay-cost-report.yaml": Self.dashboardTask,
                                         "proposals/quay-dashboard.md": Self.proposal(tasks: "[quay-cost-report]", chart: "type: payback")])
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = SiteTestSupport.read(site + "/proposals/quay-dashboard/index.html").mainContent
        #expect(page.contains("class=\"vista-chart vista-chart-payback\""))
        #expect(page.contains(">Pays back in month 3</text>"))
        #expect(page.contains("When the one-off cost pays back: \(Self.minus)£6,000 at month 0 (the one-off cost), then \(Self.plus)£2,000 a month; it pays back in month 3 and stands at \(Self.plus)£18,000 at month 12."))
        #expect(page.contains("<th scope=\"row\">0</th><td>\(Self.minus)£6,000</td>"))
        #expect(page.contains("<th scope=\"row\">3</th><td>£0</td>"))
        #expect(page.contains("<th scope=\"row\">6</th><td>\(Self.plus)£6,000</td>"))
        #expect(page.contains("<th scope=\"row\">12</th><td>\(Self.plus)£18,000</td>"))
        #expect(!page.contains("<th scope=\"row\">13</th>"))
        // The template's waterfall of the proposal: £30,000 → £6,000, then the one-off cost apart.
        #expect(page.contains("<th scope=\"row\">Cost today</th><td>£30,000</td>"))
        #expect(page.contains("<th scope=\"row\">Proposed</th><td>£6,000</td></tr><tr><th scope=\"row\">One-off cost (once)</th><td>£6,000</td>"))
        #expect(page.contains("One-off cost (once): £6,000."))
        // The slides draw the same chart.
        let slides = SiteTestSupport.read(site + "/proposals/quay-dashboard/slides/index.html")
        #expect(slides.contains(">Pays back in month 3</text>"))
    }

    @Test func namedTasksAndMonthsChooseWhatIsDrawn() {
        let chart = "type: payback\ntasks: [quay-cost-report]\nmonths: 24\ntitle: The dashboard pays for itself"
        let (report, site) = Self.build(["tasks/quay-cost-report.yaml": Self.dashboardTask,
                                         "pages/faq.md": "---\ntitle: FAQ\n---\n```chart\n\(chart)\n```\n"])
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = SiteTestSupport.read(site + "/faq/index.html")
        // 24 months: −6,000 + 24 × 2,000 = +42,000.
        #expect(page.contains("<th scope=\"row\">24</th><td>\(Self.plus)£42,000</td>"))
        #expect(page.contains("<caption id=\"vista-chart-1-data-table-caption\">The dashboard pays for itself</caption>"))
    }

    @Test func aPaybackChartWithoutAOneOffCostIsAnErrorAtItsType() {
        // The berth-plan proposal's one task has no one-off cost.
        let (report, _) = Self.build(["proposals/quay-dashboard.md": Self.proposal(tasks: "[tide-bulletin]", chart: "type: payback")])
        #expect(!report.succeeded)
        let error = report.diagnostics.first { $0.isError }
        // `type: payback` is line 11 of the file: seven lines of front matter, the heading, a blank line, the fence.
        #expect(error?.location.description == "proposals/quay-dashboard.md:11:1")
        #expect(error?.message == "a payback chart needs a one-off cost, but its task has none")
    }

    @Test func aOneOffCostThatNeverPaysBackIsDrawnWithAWarning() {
        // The proposed way adds £30,000 a year of licences: it costs £6,000 more than today, £500 a month.
        let dearer = Self.dashboardTask + "\n  extra_cost_per_year: 30000\n"
        let (report, site) = Self.build(["tasks/quay-cost-report.yaml": dearer,
                                         "proposals/quay-dashboard.md": Self.proposal(tasks: "[quay-cost-report]", chart: "type: payback")])
        #expect(report.succeeded, "\(report.diagnostics)")
        let warning = report.diagnostics.first { !$0.isError && $0.message.contains("never pays back") }
        #expect(warning?.location.description == "proposals/quay-dashboard.md:11:1")
        #expect(warning?.message == "the one-off cost of £6,000 never pays back: the proposed way costs £6,000 a year more than today's")
        let page = SiteTestSupport.read(site + "/proposals/quay-dashboard/index.html")
        // The horizon of 3 years: −6,000 − 36 × 500 = −24,000.
        #expect(page.contains(">Does not pay back within 36 months</text>"))
        #expect(page.contains("<th scope=\"row\">36</th><td>\(Self.minus)£24,000</td>"))
    }

    @Test func aMetricInAPaybackChartIsAnErrorWithAHint() {
        let (report, _) = Self.build(["tasks/quay-cost-report.yaml": Self.dashboardTask,
                                      "proposals/quay-dashboard.md": Self.proposal(tasks: "[quay-cost-report]", chart: "type: payback\nmetric: berth-wait")])
        let error = report.diagnostics.first { $0.isError }
        #expect(error?.location.description == "proposals/quay-dashboard.md:12:1")
        #expect(error?.message == "unknown key `metric` in a payback chart")
        #expect(error?.hint?.contains("tasks: [ID, …]") == true)
    }

    @Test func aSavingsEmbedCanLeaveTheOneOffCostOut() {
        let body = "tasks: [quay-cost-report]\none_off: false"
        let (report, site) = Self.build(["tasks/quay-cost-report.yaml": Self.dashboardTask,
                                         "pages/faq.md": "---\ntitle: FAQ\n---\n```savings\n\(body)\n```\n\n```savings\ntasks: [quay-cost-report]\n```\n"])
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = SiteTestSupport.read(site + "/faq/index.html")
        #expect(page.count(of: "<th scope=\"row\">One-off cost (once)</th>") == 1)
    }
}
