/// Where a relative link written on a page leads, as a reader can type it: the path from the site
/// root, and the address under `base_url`. Used by the print notes of links and by `vista export`.
enum SiteAddress {
    /// The path from the site root that `href` leads to from a page at `route`, with a final
    /// `index.html` dropped (`../../tasks/x/index.html#question-why` → `tasks/x/#question-why`); nil for
    /// an `href` that is not relative (a scheme, `//`, `/`), only a fragment, or leaves the site.
    /// Read by bytes: every page's links go through it, and the characters that matter are ASCII.
    static func path(of href: String, from route: PageRoute) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let link = href.utf8
        guard let first = link.first, first != UInt8(ascii: "#"), first != slash else { return nil }
        let restEnd = link.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? link.endIndex
        let rest = link[..<restEnd]
        // A scheme (`https:`, `mailto:`) in the first segment: not a path in the site.
        if rest.prefix(while: { $0 != slash }).contains(UInt8(ascii: ":")) { return nil }
        var parts = route.folder.utf8.split(separator: slash)
        for segment in rest.split(separator: slash) {
            if segment.count == 2, segment.allSatisfy({ $0 == dot }) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if segment.count == 1, segment.first == dot {
                continue
            } else {
                parts.append(segment)
            }
        }
        var path: [UInt8] = []
        path.reserveCapacity(route.folder.utf8.count + link.count)
        for (index, part) in parts.enumerated() {
            if index > 0 { path.append(slash) }
            path.append(contentsOf: part)
        }
        let index = Array("index.html".utf8)
        if path == index {
            path = []
        } else if path.count > index.count, path.suffix(index.count).elementsEqual(index), path[path.count - index.count - 1] == slash {
            path.removeLast(index.count)
        } else if !path.isEmpty, rest.isEmpty || rest.last == slash || (rest.count >= 2 && rest.suffix(2).allSatisfy { $0 == dot }) {
            path.append(slash)
        }
        path.append(contentsOf: link[restEnd...])
        return String(decoding: path, as: UTF8.self)
    }

    /// The address of a path from the site root: under the full `base_url` when it is a URL, else
    /// under its path (`/proposals/reporting/tasks/x/`).
    static func address(of path: String, in graph: SiteGraph) -> String {
        (graph.hasFullBaseURL ? graph.baseURL : graph.basePath) + path
    }
}
