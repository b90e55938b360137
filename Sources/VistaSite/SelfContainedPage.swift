import Foundation

/// A built page made into one file that needs no other: its stylesheets inlined, its images and
/// icon as `data:` URIs, and its links to other pages of the site made absolute under a full
/// `base_url`, or plain text when the site has none (a mail attachment cannot follow a relative link).
struct SelfContainedPage {
    let graph: SiteGraph
    let route: PageRoute
    /// Every other file of the site, by its path from the root.
    let files: [String: OutputFile]

    /// The page's HTML, made self-contained. Without a full base URL the navigation and the
    /// breadcrumbs, whose links all lead to other pages, are left out rather than kept as plain text.
    func make(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count * 2)
        var rest = Substring(graph.hasFullBaseURL ? html : Self.removingNavigation(html))
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("<a ") {
                out += anchor(String(tag), rest: &rest)
            } else if tag.hasPrefix("<link ") {
                out += link(String(tag))
            } else if tag.hasPrefix("<img ") {
                out += replacing(attribute: "src", in: String(tag)) { dataURI(for: $0) ?? $0 }
            } else {
                out += tag
            }
        }
        out += rest
        return out
    }

    static func removingNavigation(_ html: String) -> String {
        var html = html
        for start in ["<nav class=\"site-nav\"", "<nav class=\"breadcrumbs"] {
            if let open = html.range(of: start), let close = html[open.upperBound...].range(of: "</nav>") {
                var end = close.upperBound
                if end < html.endIndex, html[end] == "\n" { end = html.index(after: end) }
                html.removeSubrange(open.lowerBound..<end)
            }
        }
        return html
    }

    /// A link to another page becomes absolute, or (without a full base URL) its text in a `<span>`.
    private func anchor(_ tag: String, rest: inout Substring) -> String {
        guard let href = Self.attribute("href", in: tag), let path = SiteAddress.path(of: Self.unescape(href), from: route) else {
            return tag
        }
        if graph.hasFullBaseURL {
            return replacing(attribute: "href", in: tag) { _ in HTML.escape(graph.baseURL + path) }
        }
        if let end = rest.range(of: "</a>") {
            rest = rest[..<end.lowerBound] + "</span>" + rest[end.upperBound...]
        }
        return Self.attribute("class", in: tag).map { "<span class=\"\($0)\">" } ?? "<span>"
    }

    /// A stylesheet link becomes a `<style>` element; an icon's address, a `data:` URI.
    private func link(_ tag: String) -> String {
        let rel = Self.attribute("rel", in: tag) ?? ""
        guard let href = Self.attribute("href", in: tag), let path = SiteAddress.path(of: Self.unescape(href), from: route) else {
            return tag
        }
        if rel == "stylesheet", let css = text(of: path) {
            return "<style>\n" + inlineURLs(in: css, stylesheet: path).replacingOccurrences(of: "</style", with: "<\\/style") + "\n</style>"
        }
        return replacing(attribute: "href", in: tag) { dataURI(for: $0) ?? $0 }
    }

    /// `url(...)` references of a stylesheet to files of the site, as `data:` URIs.
    private func inlineURLs(in css: String, stylesheet: String) -> String {
        guard css.contains("url(") else { return css }
        let folder = PageRoute(stylesheet.split(separator: "/").dropLast().map { $0 + "/" }.joined())
        var out = "", rest = Substring(css)
        while let start = rest.range(of: "url(") {
            out += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: ")") else { break }
            let raw = rest[..<end].trimmingCharacters(in: .whitespaces)
            let quote = raw.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
            let value = quote == nil ? raw : String(raw.dropFirst().dropLast())
            if let path = SiteAddress.path(of: value, from: folder), let uri = fileDataURI(path) {
                out += "\"" + uri + "\""
                rest = rest[end...]
            }
        }
        out += rest
        return out
    }

    /// The `data:` URI of the site file an attribute value (relative, HTML-escaped) points at.
    private func dataURI(for value: String) -> String? {
        SiteAddress.path(of: Self.unescape(value), from: route).flatMap(fileDataURI)
    }

    private func fileDataURI(_ path: String) -> String? {
        let plain = String(path.prefix { $0 != "#" && $0 != "?" })
        let clean = HTML.decodePercent(plain) ?? plain
        guard let file = files[clean], let data = bytes(of: file) else { return nil }
        return "data:\(Self.mediaType(of: clean));base64,\(data.base64EncodedString())"
    }

    private func text(of path: String) -> String? {
        files[path].flatMap(bytes).flatMap { String(data: $0, encoding: .utf8) }
    }

    private func bytes(of file: OutputFile) -> Data? {
        switch file.contents {
        case .text(let text): Data(text.utf8)
        case .copy(let source): FileManager.default.contents(atPath: source)
        }
    }

    private func replacing(attribute name: String, in tag: String, _ transform: (String) -> String) -> String {
        guard let range = tag.range(of: " \(name)=\""), let end = tag[range.upperBound...].firstIndex(of: "\"") else { return tag }
        return tag[..<range.upperBound] + transform(String(tag[range.upperBound..<end])) + tag[end...]
    }

    /// The value of a double-quoted attribute of a tag, as written (still escaped).
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\""), let end = tag[range.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[range.upperBound..<end])
    }

    /// An attribute value as the browser reads it (the entities Vista's escaping writes, decoded).
    static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func mediaType(of path: String) -> String {
        switch path.split(separator: ".").last?.lowercased() ?? "" {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "css": "text/css"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "csv": "text/csv"
        default: "application/octet-stream"
        }
    }
}
