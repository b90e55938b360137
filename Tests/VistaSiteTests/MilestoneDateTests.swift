import Foundation
import Testing
@testable import VistaSite

/// A milestone's `<time datetime>` says its own date: a year as `2026`, a quarter with no
/// attribute at all — never the proposal's date, which the page's context also holds.
@Suite(.timeLimit(.minutes(5))) struct MilestoneDateTests {
    @Test func aQuarterOrAYearMilestoneNeverTakesTheProposalsDate() throws {
        let original = SiteTestSupport.read(SiteTestSupport.exampleContent + "/proposals/reporting-task-force.md")
        let edited = original
            .replacingOccurrences(of: "{date: 2026-12-11, title: Results review with the CFO}", with: "{date: 2026-Q4, title: Results review with the CFO}")
            .replacingOccurrences(of: "{date: 2027-01-29, title: Hand-over", with: "{date: 2027, title: Hand-over")
        #expect(edited != original)
        let content = SiteTestSupport.copyExample(replacing: ["proposals/reporting-task-force.md": edited])
        defer { SiteTestSupport.removeTemporary(content) }
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        for page in ["/proposals/reporting-task-force/index.html", "/proposals/reporting-task-force/slides/index.html"] {
            let html = SiteTestSupport.read(site + page)
            let quarter = try #require(milestone("Results review with the CFO", in: html))
            #expect(quarter.contains("<time>"), "\(page): \(quarter)")
            #expect(!quarter.contains("datetime="), "\(page): \(quarter)")
            let year = try #require(milestone("Hand-over to sales operations", in: html))
            #expect(year.contains("<time datetime=\"2027\">"), "\(page): \(year)")
            #expect(html.contains("<time datetime=\"2026-03-02\">"), "\(page): a day keeps its date")
        }
    }

    /// The list item of the milestone with this title.
    func milestone(_ title: String, in html: String) -> String? {
        html.components(separatedBy: "<li class=\"milestone ").dropFirst()
            .map { $0.components(separatedBy: "</li>")[0] }
            .first { $0.contains(title) }
    }
}
