import Testing
@testable import VistaSite

/// Golden HTML of the harbor fixture's main pages. `RECORD_SNAPSHOTS=1 swift test` rewrites them;
/// review the diff before committing.
@Suite struct PageSnapshotTests {
    static let built = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))

    @Test(arguments: ["index.html", "tasks/index.html", "tasks/crane-maintenance-log/index.html", "metrics/berth-wait/index.html",
                      "proposals/live-berth-plan/index.html", "proposals/live-berth-plan/slides/index.html", "dashboard/index.html", "faq/index.html", "404.html", "sitemap.xml",
                      "changes/index.html", "feed.xml",
                      "metrics/weekly-throughput.csv"])
    func pageMatchesItsGoldenFile(_ page: String) {
        let (report, site) = Self.built
        #expect(report.succeeded)
        let name = "harbor/" + page.replacingOccurrences(of: "/", with: "_")
        SiteTestSupport.assertSnapshot(SiteTestSupport.read(site + "/" + page), named: name)
    }
}
