/// Where a relative link written on a page leads, as a reader can type it: the path from the site
/// root, and the address under `base_url`. Used by the print notes of links and by `vista export`.
enum SiteAddress {
    /// The path from the site root that `href` leads to from a page at `route`, with a final
    /// `index.html` dropped (`../../tasks/x/index.html#question-why` → `tasks/x/#question-why`); nil for
    /// an `href` that is not relative (a scheme, `//`, `/`), only a fragment, or leaves the site.
    /// Read by bytes, in one pass and one buffer: every link of every page goes through it, and the
    /// characters that matter are ASCII.
    static func path(of href: String, from route: PageRoute) -> String? {
        var href = href, folder = route.folder
        return href.withUTF8 { link in folder.withUTF8 { base in path(of: link, from: base) } }
    }

    private static func path(of link: UnsafeBufferPointer<UInt8>, from base: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        guard let first = link.first, first != UInt8(ascii: "#"), first != slash else { return nil }
        let restEnd = link.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? link.count
        // A scheme (`https:`, `mailto:`) in the first segment: not a path in the site.
        for byte in link[..<restEnd] {
            if byte == slash { break }
            if byte == UInt8(ascii: ":") { return nil }
        }
        // The folders so far, each followed by `/`.
        var out: [UInt8] = []
        out.reserveCapacity(base.count + link.count + 1)
        for segment in base.split(separator: slash) {
            out.append(contentsOf: segment)
            out.append(slash)
        }
        var start = 0
        while start < restEnd {
            var end = start
            while end < restEnd, link[end] != slash { end += 1 }
            let count = end - start
            if count == 2, link[start] == dot, link[start + 1] == dot {
                guard !out.isEmpty else { return nil }
                out.removeLast()
                while let last = out.last, last != slash { out.removeLast() }
            } else if count > 0, !(count == 1 && link[start] == dot) {
                out.append(contentsOf: link[start..<end])
                out.append(slash)
            }
            start = end + 1
        }
        if !out.isEmpty { out.removeLast() }
        let index = "index.html".utf8
        let rest = link[..<restEnd]
        if out.elementsEqual(index) {
            out.removeAll()
        } else if out.count > index.count, out.suffix(index.count).elementsEqual(index), out[out.count - index.count - 1] == slash {
            out.removeLast(index.count)
        } else if !out.isEmpty, rest.isEmpty || rest.last == slash || (rest.count >= 2 && rest.suffix(2).allSatisfy { $0 == dot }) {
            out.append(slash)
        }
        out.append(contentsOf: link[restEnd...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The address of a path from the site root: under the full `base_url` when it is a URL, else
    /// under its path (`/proposals/reporting/tasks/x/`).
    static func address(of path: String, in graph: SiteGraph) -> String {
        (graph.hasFullBaseURL ? graph.baseURL : graph.basePath) + path
    }
}
