/// HTML rewrites the conformance tests use to compare output with the spec.
enum HTMLComparison {
    /// Removes the ` id="…"` Vista adds to `<h1>`–`<h6>`, leaving cmark's own heading HTML.
    static func removingHeadingIDs(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<h") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let digit = rest.first, ("1"..."6").contains(digit),
                  rest.dropFirst().hasPrefix(" id=\""),
                  let close = rest.dropFirst(6).firstIndex(of: "\"") else { continue }
            result.append(digit)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A light form of cmark's test normaliser: in every start tag, attributes are
    /// sorted and written as `name="value"`, and a self-closing `/` is dropped. So
    /// `<input type="checkbox" disabled="" />` equals `<input disabled="" type="checkbox">`.
    static func normalized(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            rest = rest[open...]
            if let (tag, after) = startTag(rest) {
                result += tag
                rest = after
            } else {
                result.append("<")
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// Parses a start tag at the front of `text`; nil when it is not one.
    private static func startTag(_ text: Substring) -> (String, Substring)? {
        var rest = text.dropFirst()
        guard let first = rest.first, first.isLetter else { return nil }
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber })
        rest = rest.dropFirst(name.count)
        var attributes: [String] = []
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" })
            if rest.hasPrefix("/>") { rest = rest.dropFirst(2); break }
            if rest.hasPrefix(">") { rest = rest.dropFirst(); break }
            let attribute = rest.prefix(while: { !" \n\t=/>".contains($0) })
            guard !attribute.isEmpty else { return nil }
            rest = rest.dropFirst(attribute.count)
            guard rest.hasPrefix("=") else {
                attributes.append(String(attribute))
                continue
            }
            rest = rest.dropFirst()
            let value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                guard let end = rest.dropFirst().firstIndex(of: quote) else { return nil }
                value = rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
            } else {
                value = rest.prefix(while: { !" \n\t>".contains($0) })
                rest = rest.dropFirst(value.count)
            }
            attributes.append("\(attribute)=\"\(value)\"")
        }
        let inside = ([String(name)] + attributes.sorted()).joined(separator: " ")
        return ("<\(inside)>", rest)
    }

    /// Task list items as the spec writes them: Vista wraps each checkbox and its text in a
    /// `<label>` so that the checkbox has an accessible name.
    static func withoutTaskLabels(_ html: String) -> String {
        guard html.contains("<label class=\"task-list-item\">") else { return html }
        return html.replacingOccurrences(of: "<label class=\"task-list-item\">", with: "").replacingOccurrences(of: "</label>", with: "")
    }

    /// Table cells as the spec writes them: Vista asks cmark for `style="text-align: …"`
    /// (valid HTML5) where the spec has the obsolete `align="…"`.
    static func alignmentAsAttribute(_ html: String) -> String {
        var result = html
        for side in ["left", "center", "right"] {
            result = result.replacingOccurrences(of: " style=\"text-align: \(side)\"", with: " align=\"\(side)\"")
        }
        return result
    }

    /// What cmark-gfm's tag filter does to HTML: `<` before one of the filtered tag
    /// names (any case, opening or closing, then a space, `>` or `/`) becomes `&lt;`.
    static func tagFiltered(_ html: String) -> String {
        let filtered = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        var result = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let afterSlash = after.first == "/" ? after.dropFirst() : after
            let name = afterSlash.prefix(while: { $0.isLetter }).lowercased()
            let next = afterSlash.dropFirst(name.count).first
            let ends = next.map { $0 == ">" || $0 == "/" || $0.isWhitespace } ?? false
            result += filtered.contains(name) && ends ? "&lt;" : "<"
            rest = after
        }
        return result + rest
    }

    /// Removes every `<a href=…>` and `</a>` tag, keeping the link text.
    static func removingAnchors(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while true {
            let link = rest.range(of: "<a href="), end = rest.range(of: "</a>")
            guard let open = [link, end].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else {
                break
            }
            result += rest[..<open.lowerBound]
            if open == end {
                rest = rest[open.upperBound...]
            } else if let close = rest[open.upperBound...].firstIndex(of: ">") {
                rest = rest[rest.index(after: close)...]
            } else {
                return result + rest[open.lowerBound...]
            }
        }
        return result + rest
    }
}
