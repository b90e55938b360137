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

/// The byte-level shortcuts of link resolution give what the general code gives.
@Suite struct ContentLinkShortcutTests {
    /// `normalise` without the shortcut.
    static func reference(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    @Test func normaliseAgreesWithTheGeneralCode() {
        let parts = ["", ".", "..", "...", "a", "b.md", ".hidden", "x..", "é"]
        var paths = parts
        for a in parts { for b in parts { paths.append(a + "/" + b); for c in parts { paths.append(a + "/" + b + "/" + c) } } }
        paths += ["/a", "a/", "a//b", "./a", "a/./b", "a/../b", "../a", "tasks/x.yaml", "pages/page-00042.md"]
        for path in paths {
            #expect(ContentLinks.normalise(path) == Self.reference(path), "\(path)")
        }
    }

    @Test func schemesAndPercents() {
        #expect(ContentLinks.hasScheme("https://example.org"))
        #expect(ContentLinks.hasScheme("mailto:a@b.c"))
        #expect(!ContentLinks.hasScheme("tasks/x.yaml"))
        #expect(!ContentLinks.hasScheme("a/b:c"))
        #expect(HTML.decodePercent("tasks/x.yaml") == "tasks/x.yaml")
        #expect(HTML.decodePercent("a%20b") == "a b")
        #expect(HTML.decodePercent("a%2") == nil)
    }

    /// `resolve` as it was before the byte-level shortcuts.
    static func referenceResolve(_ links: ContentLinks, _ url: String, writtenIn file: String, on route: PageRoute) -> ContentLinks.Resolution {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !ContentLinks.hasScheme(url) else { return .keep }
        var path = Substring(url)
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = path[..<mark]
        }
        guard !path.isEmpty, let decoded = HTML.decodePercent(String(path)) else { return .keep }
        let folder = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
        let fromRoot = String(decoded.drop { $0 == "." || $0 == "/" }.isEmpty ? decoded : ContentLinks.stripLeadingParents(decoded))
        let candidates = [reference(folder + decoded), reference(fromRoot)].compactMap { $0 }
        for candidate in candidates {
            if let target = links.targets[candidate] {
                switch target {
                case .page(let page): return .rewritten(route.link(to: page) + suffix)
                case .file(let path): return .rewritten(HTML.encodePath(route.link(toFile: path)) + suffix)
                }
            }
            if links.drafts.contains(candidate) { return .draft(candidate) }
        }
        guard ContentLinks.looksLikeContent(decoded) else { return .keep }
        return .missing(candidates.first ?? decoded)
    }

    @Test func resolveAgreesWithTheGeneralCode() {
        let links = ContentLinks(targets: ["tasks/a.yaml": .page(.task("a")), "pages/b.md": .page(.page("b")), "assets/c d.png": .file("assets/c d.png"),
                                           "vision.md": .page(.home), "metrics/m.csv": .file("metrics/m.csv")],
                                 drafts: ["proposals/d.md"])
        let urls = ["tasks/a.yaml", "../tasks/a.yaml", "./a.yaml", "b.md", "../pages/b.md#top", "b.md?x=1#y", "assets/c%20d.png",
                    "../assets/c%20d.png", "../../vision.md", "../proposals/d.md", "proposals/d.md", "missing.md", "../missing.yaml",
                    "#only", "/abs/tasks/a.yaml", "https://x.org/tasks/a.yaml", "mailto:a@b.c", "..", ".", "./", "a%2", "",
                    "tasks//a.yaml", "tasks/./a.yaml", "tasks/x/../a.yaml", "tasks/a.yaml#\u{301}", "é/../tasks/a.yaml",
                    "tasks/a.yaml\r\n#x", "../metrics/m.csv", "pages/../tasks/a.yaml", "notes.txt", "assets/"]
        for file in ["pages/b.md", "tasks/a.yaml", "vision.md"] {
            for route in [PageRoute.home, .page("b"), .task("a")] {
                for url in urls {
                    #expect(links.resolve(url, writtenIn: file, on: route) == Self.referenceResolve(links, url, writtenIn: file, on: route),
                            "\(url) in \(file)")
                }
            }
        }
    }
}
