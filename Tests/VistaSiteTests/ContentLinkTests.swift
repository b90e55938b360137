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
