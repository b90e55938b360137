import VistaContent

/// Resolves links written in Markdown to content files (`tasks/x.yaml`, `../tasks/x.yaml`,
/// `assets/plan.pdf`) into relative links to the pages and files they become.
struct ContentLinks: Sendable {
    let targets: [String: SiteGraph.LinkTarget]
    /// Content paths of draft proposals left out of the build.
    let drafts: Set<String>

    /// What became of a link.
    enum Resolution: Equatable {
        /// Not a link to content (a web address, an anchor): keep it.
        case keep
        /// A link to content, rewritten for the page it is on.
        case rewritten(String)
        /// A link to a content file that does not exist (the path as resolved).
        case missing(String)
        /// A link to a draft proposal that is left out of this build.
        case draft(String)
    }

    /// Resolves `url`, written in the content file `file`, for a page at `route`. `tried` is told
    /// every content path looked up, so that the page can be re-rendered when one appears or goes.
    func resolve(_ url: String, writtenIn file: String, on route: PageRoute, tried: (String) -> Void = { _ in }) -> Resolution {
        // In ASCII text without CR every character is one byte, so bytes may stand for characters.
        let ascii = Self.isPlainASCII(url)
        if ascii {
            guard let first = url.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"), !Self.hasScheme(url) else { return .keep }
        } else {
            guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !Self.hasScheme(url) else { return .keep }
        }
        var path = Substring(url)
        var suffix = ""
        let mark = ascii ? url.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }
            : path.firstIndex { $0 == "#" || $0 == "?" }
        if let mark {
            suffix = String(path[mark...])
            path = path[..<mark]
        }
        guard !path.isEmpty, let decoded = HTML.decodePercent(String(path)) else { return .keep }
        // Content paths are a folder and a file name made of an id: ASCII.
        let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[...$0]) } ?? ""
        func look(_ candidate: String) -> Resolution? {
            tried(candidate)
            if let target = targets[candidate] {
                switch target {
                case .page(let page): return .rewritten(route.link(to: page) + suffix)
                case .file(let path): return .rewritten(HTML.encodePath(route.link(toFile: path)) + suffix)
                }
            }
            return drafts.contains(candidate) ? .draft(candidate) : nil
        }
        // Relative to the file that holds the link (as on GitHub), else relative to the content folder.
        let relative = Self.normalise(folder + decoded)
        if let relative, let found = look(relative) { return found }
        let onlyDots = Self.isPlainASCII(decoded) ? decoded.utf8.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
            : decoded.drop { $0 == "." || $0 == "/" }.isEmpty
        let fromRoot = Self.normalise(onlyDots ? decoded : Self.stripLeadingParents(decoded))
        if let fromRoot, let found = look(fromRoot) { return found }
        guard Self.looksLikeContent(decoded) else { return .keep }
        return .missing(relative ?? fromRoot ?? decoded)
    }

    /// The content path closest to a missing one, when it is close enough to be a likely typo.
    func closestTarget(to path: String) -> String? {
        Suggestion.closest(to: path, in: targets.keys.sorted())
    }

    /// Whether a text is ASCII without CR (CR LF is one character).
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Whether a path names a content file: by its extension or its first folder.
    static func looksLikeContent(_ path: String) -> Bool {
        let lowered = path.lowercased()
        if [".md", ".markdown", ".yaml", ".yml", ".csv"].contains(where: { lowered.hasSuffix($0) }) { return true }
        let stripped = lowered.drop { $0 == "." || $0 == "/" }
        return ["tasks/", "metrics/", "proposals/", "pages/", "assets/"].contains { stripped.hasPrefix($0) }
    }

    /// `../../tasks/x.yaml` → `tasks/x.yaml`.
    static func stripLeadingParents(_ path: String) -> String {
        var rest = Substring(path)
        while rest.hasPrefix("../") || rest.hasPrefix("./") { rest = rest.drop { $0 == "." }.dropFirst() }
        return String(rest)
    }

    /// `a/./b/../c` → `a/c`; nil when the path climbs above the content folder.
    static func normalise(_ path: String) -> String? {
        if isNormal(path) { return path }
        if isPlainASCII(path) {
            var parts: [Substring.UTF8View] = []
            for part in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
                if part.elementsEqual(".".utf8) { continue }
                if part.elementsEqual("..".utf8) {
                    guard !parts.isEmpty else { return nil }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
            return parts.map { String(Substring($0)) }.joined(separator: "/")
        }
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

    /// Whether a path is already normal: no empty, `.` or `..` part (found byte by byte).
    static func isNormal(_ path: String) -> Bool {
        var partLength = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0
                dots = 0
            } else {
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(partLength == 0 || partLength == dots && dots <= 2)
    }

    /// `https:`, `mailto:`, `tel:` and the like.
    static func hasScheme(_ url: String) -> Bool {
        guard url.utf8.contains(UInt8(ascii: ":")) else { return false }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
