/// Where a relative link written on a page leads, as a reader can type it: the path from the site
/// root, and the address under `base_url`. Used by the print notes of links and by `vista export`.
enum SiteAddress {
    /// The path from the site root that `href` leads to from a page at `route`, with a final
    /// `index.html` dropped (`../../tasks/x/index.html#question-why` → `tasks/x/#question-why`); nil for
    /// an `href` that is not relative (a scheme, `//`, `/`), only a fragment, or leaves the site.
    static func path(of href: String, from route: PageRoute) -> String? {
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

    /// The address of a path from the site root: under the full `base_url` when it is a URL, else
    /// under its path (`/proposals/reporting/tasks/x/`).
    static func address(of path: String, in graph: SiteGraph) -> String {
        (graph.hasFullBaseURL ? graph.baseURL : graph.basePath) + path
    }
}
