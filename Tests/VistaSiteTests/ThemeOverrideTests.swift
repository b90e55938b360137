import Foundation
import Testing
@testable import VistaSite

/// A file of the same name in `theme/` replaces the built-in one; other stylesheets are added.
@Suite struct ThemeOverrideTests {
    @Test func aTemplateAndAStylesheetFromTheTheme() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "theme/page.mustache": "<article class=\"custom\"><h1>{{title}}</h1>{{{body}}}<p>Custom page</p></article>\n",
            "theme/custom.css": "body { letter-spacing: 0.01em; }\n",
        ])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        let faq = SiteTestSupport.read(site + "/faq/index.html")
        #expect(faq.contains("<article class=\"custom\"><h1>Questions and answers</h1>"))
        #expect(faq.contains("<p>Custom page</p>"))
        #expect(faq.contains("<link rel=\"stylesheet\" href=\"../assets/vista.css\">\n<link rel=\"stylesheet\" href=\"../assets/custom.css\">"))
        #expect(SiteTestSupport.read(site + "/assets/custom.css") == "body { letter-spacing: 0.01em; }\n")
        // Other pages keep the built-in templates.
        #expect(SiteTestSupport.read(site + "/tasks/index.html").contains("class=\"task-table\""))
    }

    @Test func replacingTheStylesheetKeepsTheChartStyles() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["theme/vista.css": "body { color: #222; }\n"])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let css = SiteTestSupport.read(site + "/assets/vista.css")
        #expect(css.hasPrefix("body { color: #222; }\n"))
        #expect(css.contains(".vista-chart"))
    }

    @Test func theAccentBecomesReadableVariants() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["site.yaml": "title: H\nhourly_rate: 50\ntheme:\n  accent: \"#ffd700\"\n"])
        let (_, site) = SiteTestSupport.build(content)
        let home = SiteTestSupport.read(site + "/index.html")
        let accent = AccentColor(css: "#ffd700")!
        #expect(home.contains("--vista-accent: #ffd700; --vista-accent-text: \(accent.lightText); --vista-accent-text-dark: \(accent.darkText);"))
        #expect(accent.lightText != "#ffd700")
    }

    @Test func anAssetNamedLikeTheStylesheetIsAnError() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["assets/vista.css": "a {}\n"])
        let (report, _) = SiteTestSupport.build(content)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("assets/vista.css:1:1: error: assets/vista.css is the theme's stylesheet") })
    }
}
