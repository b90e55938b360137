import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Links that are not to content stay as written.
@Suite struct ContentLinkTests {
    static let vision = "---\ntitle: V\n---\nLine four.\n\n"

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

/// A page never has an id twice, however its Markdown documents name their headings.
@Suite struct PageIDTests {
    @Test func headingsInSeveralAnswersGetDistinctIDs() throws {
        let task = "title: Tide\nfrequency: weekly\nquestions:\n  why: |\n    ## Main\n    Text.\n  better: |\n    ## Main\n    More.\n"
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["tasks/tide-bulletin.yaml": task])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let html = SiteTestSupport.read(site + "/tasks/tide-bulletin/index.html")
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(html.contains("<h2 id=\"main-1\">Main</h2>"))
        #expect(html.contains("<h2 id=\"main-2\">Main</h2>"))
    }
}
