import Testing
@testable import VistaSite

@Suite struct SiteAddressTests {
    @Test func linksLeadToTheirPathFromTheSiteRoot() {
        let task = PageRoute("tasks/weekly-report/")
        #expect(SiteAddress.path(of: "../../metrics/x/index.html#trend", from: task) == "metrics/x/#trend")
        #expect(SiteAddress.path(of: "../", from: task) == "tasks/")
        #expect(SiteAddress.path(of: "../..", from: task) == "")
        #expect(SiteAddress.path(of: "../../index.html", from: task) == "")
        #expect(SiteAddress.path(of: "report.csv?v=2", from: task) == "tasks/weekly-report/report.csv?v=2")
        #expect(SiteAddress.path(of: "../../../out", from: task) == nil, "leaves the site")
        #expect(SiteAddress.path(of: "https://example.com/a", from: task) == nil)
        #expect(SiteAddress.path(of: "mailto:a@example.com", from: task) == nil)
        #expect(SiteAddress.path(of: "#top", from: task) == nil)
        #expect(SiteAddress.path(of: "/root", from: task) == nil)
        #expect(SiteAddress.path(of: "", from: task) == nil)
    }

    /// The path is read by bytes; it gives what the reading by characters gave, on tricky links too.
    @Test func readingByBytesGivesWhatReadingByCharactersGave() {
        let routes = [PageRoute(""), PageRoute("tasks/"), PageRoute("tasks/weekly-report/"), PageRoute("a/b/c/")]
        let hrefs = ["x", "x/", "./x", "x/./y", "../x", "../../x", "../../../x", "..", "../..", ".", "./", "x/..",
                     "x/../..", "index.html", "x/index.html", "x/index.html?q#f", "xindex.html", "x/myindex.html",
                     "a//b", "a/b/", "?q", "x?y/../z", "x#../..", "c:d/e", "d/e:f", "é/ü/../ß", "x/..y", "x/y..",
                     "%20/%2e%2e", "../tasks/./weekly-report/index.html#question-why", "…/..", "a/.../b"]
        for route in routes {
            for href in hrefs {
                #expect(SiteAddress.path(of: href, from: route) == Self.reference(href, from: route), "\(href) from \(route.folder)")
            }
        }
    }

    /// The reading by characters, as it was before.
    static func reference(_ href: String, from route: PageRoute) -> String? {
        guard !href.isEmpty, !href.hasPrefix("#"), !href.hasPrefix("/") else { return nil }
        let firstSegment = href.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if firstSegment.contains(":") { return nil }
        var rest = Substring(href), suffix = ""
        if let mark = href.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = href[..<mark]
            suffix = String(href[mark...])
        }
        var parts = route.folder.split(separator: "/").map(String.init)
        for segment in rest.split(separator: "/") {
            switch segment {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case ".":
                continue
            default:
                parts.append(String(segment))
            }
        }
        var path = parts.joined(separator: "/")
        if path == "index.html" {
            path = ""
        } else if path.hasSuffix("/index.html") {
            path.removeLast("index.html".count)
        } else if !path.isEmpty, rest.isEmpty || rest.hasSuffix("/") || rest.hasSuffix("..") {
            path += "/"
        }
        return path + suffix
    }
}
