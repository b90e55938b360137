/// Finds markup that a browser would execute in an HTML or SVG page: `<script>` and other active
/// elements, `on…=` event attributes, `javascript:` and similar URLs, and in SVG any element a
/// chart does not draw (`<foreignObject>` can hold HTML). A small tokenizer, as browsers read
/// tags: comments, raw text in `<style>` and `<textarea>`, quoted and unquoted attribute values,
/// character references in values.
struct ExecutableMarkupCheck {
    /// Elements that run code or load other documents; none belongs in a Vista page.
    static let activeElements: Set<String> = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
                                               "foreignobject", "animate", "set", "animatetransform", "handler", "listener",
                                               "portal", "template", "noscript"]
    /// The elements a chart draws inside `<svg>`.
    static let svgElements: Set<String> = ["svg", "g", "path", "rect", "line", "circle", "text", "tspan", "title", "desc",
                                           "polyline", "polygon", "defs", "clippath", "lineargradient", "stop"]
    /// Attributes that hold URLs.
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "data", "poster", "background",
                                             "srcset", "content", "ping", "cite"]

    /// One problem: what was found, and a little of the text around it.
    struct Finding: CustomStringConvertible {
        var what: String
        var context: String
        var description: String { "\(what) near: \(context)" }
    }

    static func findings(in html: String) -> [Finding] {
        let bytes = Array(html.utf8)
        var findings: [Finding] = []
        var svgDepth = 0
        var index = 0
        func context(_ at: Int) -> String {
            String(decoding: bytes[max(0, at - 60)..<min(bytes.count, at + 60)], as: UTF8.self)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts(bytes, at: index, with: "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if starts(bytes, at: index, with: "<![CDATA[") {
                findings.append(Finding(what: "a CDATA section", context: context(index)))
                index += 9
                continue
            }
            let closing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
            var cursor = index + (closing ? 2 : 1)
            let nameStart = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart, isLetter(bytes[nameStart]) else { index += 1; continue }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            let (attributes, end) = readAttributes(bytes, from: cursor)
            let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
            index = end
            if closing {
                if name == "svg" { svgDepth = max(0, svgDepth - 1) }
                continue
            }
            if activeElements.contains(name) { findings.append(Finding(what: "a <\(name)> element", context: context(nameStart))) }
            if name == "meta", attributes.contains(where: { $0.name == "http-equiv" && $0.value.lowercased() == "refresh" }) {
                findings.append(Finding(what: "a meta refresh", context: context(nameStart)))
            }
            if svgDepth > 0 || name == "svg", !svgElements.contains(name) {
                findings.append(Finding(what: "an unexpected <\(name)> inside SVG", context: context(nameStart)))
            }
            if name == "svg", !selfClosing { svgDepth += 1 }
            for attribute in attributes {
                if attribute.name.hasPrefix("on") {
                    findings.append(Finding(what: "an event attribute \(attribute.name)", context: context(nameStart)))
                }
                if attribute.name == "style", attribute.value.lowercased().contains("expression(") || attribute.value.lowercased().contains("url(") {
                    findings.append(Finding(what: "a style attribute that loads or runs something", context: context(nameStart)))
                }
                if urlAttributes.contains(attribute.name) || attribute.name.hasSuffix(":href") {
                    let squeezed = decode(attribute.value).lowercased().unicodeScalars
                        .filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(String.init).joined()
                    let target = attribute.name == "content" ? String(squeezed.drop { $0 != "=" && $0 != ";" }.dropFirst()) : squeezed
                    for scheme in ["javascript:", "vbscript:", "data:text/html", "livescript:"] where squeezed.hasPrefix(scheme) || target.hasPrefix(scheme) {
                        findings.append(Finding(what: "a \(scheme) URL in \(attribute.name)", context: context(nameStart)))
                    }
                }
            }
            // Raw text: nothing inside is a tag until the matching end tag.
            if ["style", "textarea", "title", "xmp", "plaintext"].contains(name), svgDepth == 0 {
                if let close = find(bytes, "</\(name)", from: index, caseInsensitive: true) { index = close }
            }
        }
        return findings
    }

    private static func readAttributes(_ bytes: [UInt8], from start: Int) -> ([(name: String, value: String)], Int) {
        var attributes: [(name: String, value: String)] = []
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return (attributes, index + 1) }
            if isSpace(byte) || byte == UInt8(ascii: "/") { index += 1; continue }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                  !(bytes[index] == UInt8(ascii: "/") && index > nameStart) { index += 1 }
            if index == nameStart { index += 1; continue }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<min(index, bytes.count)], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes.append((name, value))
        }
        return (attributes, bytes.count)
    }

    /// Decodes numeric character references and the few named ones that spell a scheme.
    static func decode(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            if let semicolon = rest.prefix(12).firstIndex(of: ";") {
                let entity = rest[rest.index(after: rest.startIndex)..<semicolon].lowercased()
                var scalar: Unicode.Scalar?
                if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][entity] }
                if let scalar {
                    result.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = rest.dropFirst()
        }
        return result + rest
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isNameByte(_ byte: UInt8) -> Bool { !isSpace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/") }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let needle = Array(text.utf8)
        return index + needle.count <= bytes.count && Array(bytes[index..<index + needle.count]) == needle
    }

    private static func find(_ bytes: [UInt8], _ text: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            var match = true
            for offset in 0..<needle.count {
                let a = bytes[index + offset], b = needle[offset]
                if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { match = false; break }
            }
            if match { return index }
            index += 1
        }
        return nil
    }
}
