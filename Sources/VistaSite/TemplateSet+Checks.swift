import VistaContent

/// Checks of theme templates that keep a broken theme from crashing a build: the parser and the
/// renderer recurse once per nested section and once per partial.
extension TemplateSet {
    /// The deepest nesting of `{{#…}}` and `{{^…}}` sections a template may have.
    static let maximumSectionDepth = 100

    /// The line where a template's sections nest deeper than `maximumSectionDepth`, or nil.
    static func lineBeyondMaximumDepth(_ text: String) -> Int? {
        var depth = 0, line = 1
        // The two bytes before this one, in two variables (an array made for each byte cost more
        // than the rest of the check).
        var beforeLast: UInt8 = 0, last: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if beforeLast == UInt8(ascii: "{"), last == UInt8(ascii: "{") {
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "^") { depth += 1 }
                if byte == UInt8(ascii: "/") { depth = max(0, depth - 1) }
                if depth > maximumSectionDepth { return line }
            }
            beforeLast = last
            last = byte
        }
        return nil
    }

    /// Templates that include themselves through partials (`{{> page}}` inside `page`, or a
    /// longer loop): rendering one would never end.
    /// `includes` holds the partials each template names (`partials(in:)`).
    static func partialCycles(_ templates: [(name: String, file: String)], includes: [String: [(name: String, line: Int)]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for template in templates {
            // A depth-first search from the template's own partials back to the template.
            var pending = (includes[template.name] ?? []).map { ($0.name, [template.name, $0.name], $0.line) }
            var seen = Set<String>()
            while let (name, path, line) = pending.popLast() {
                if name == template.name {
                    diagnostics.append(.error(SourceLocation(file: template.file, line: line),
                                              "the template includes itself through partials: \(path.joined(separator: " → "))",
                                              hint: "a partial may not include the template it is part of"))
                    break
                }
                guard seen.insert(name).inserted else { continue }
                for next in includes[name] ?? [] { pending.append((next.name, path + [next.name], line)) }
            }
        }
        return diagnostics
    }

    /// The partials and parents a template names (`{{> name}}`, `{{< name}}`), with the line of each.
    static func partials(in text: String) -> [(name: String, line: Int)] {
        var result: [(name: String, line: Int)] = []
        let bytes = Array(text.utf8)
        var line = 1, index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"), (bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: "<")) {
                var end = index + 3
                while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
                let start = end
                while end < bytes.count, bytes[end] != UInt8(ascii: "}"), bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end > start { result.append((String(decoding: bytes[start..<end], as: UTF8.self), line)) }
                index = end
                continue
            }
            index += 1
        }
        return result
    }
}
