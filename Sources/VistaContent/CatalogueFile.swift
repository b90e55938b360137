import Yams
import VistaSupport

/// One file of words: the theme's `i18n/<language>.yaml` or a site's override in
/// `Content/i18n/<language>.yaml`. Nested mappings of texts, read as flat keys
/// (`headline:` / `cost_today: …` is `headline.cost_today`), each with the place it was written.
public struct CatalogueFile: Sendable {
    /// One text and where it is written.
    public struct Entry: Sendable, Hashable {
        /// The text as written, placeholders and all.
        public var text: String
        /// Where its key is written.
        public var location: SourceLocation
    }

    /// The file, as a content path (`i18n/de.yaml`) or a theme path.
    public let file: String
    /// The language, from the file's name (`de` for `i18n/de.yaml`).
    public let language: String
    /// The texts by full key.
    public let entries: [String: Entry]

    /// A file of words read already (see `parse`).
    public init(file: String, language: String, entries: [String: Entry]) {
        self.file = file
        self.language = language
        self.entries = entries
    }

    /// The texts without their places.
    public var texts: [String: String] { entries.mapValues(\.text) }

    /// Reads the YAML of a file of words; what is not a mapping of texts is an error at its place.
    public static func parse(_ text: String, file: String, language: String) -> (CatalogueFile, [Diagnostic]) {
        if let entries = plainEntries(text, file: file) {
            return (CatalogueFile(file: file, language: language, entries: entries), [])
        }
        return parseYAML(text, file: file, language: language)
    }

    /// Reads a file of words with Yams: any YAML, with a diagnostic for what is not a mapping of texts.
    static func parseYAML(_ text: String, file: String, language: String) -> (CatalogueFile, [Diagnostic]) {
        let source = YAMLSource(file: file)
        var diagnostics: [Diagnostic] = []
        var entries: [String: Entry] = [:]
        switch source.compose(text) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        case .success(nil):
            break
        case .success(let root?):
            collect(root, prefix: "", source: source, into: &entries, diagnostics: &diagnostics)
        }
        return (CatalogueFile(file: file, language: language, entries: entries), diagnostics)
    }

    /// The entries of a file of words in the shape every shipped file has, read line by line
    /// without a YAML parser (Yams took 13 million instructions for English, at every build): blank
    /// lines, comments, `key:` lines that open a mapping two spaces deeper, and `key: text` lines
    /// whose text is plain or double-quoted (escaping only `\"` and `\\`) on the one line. Anything
    /// else — a tab, a quote or indicator that starts a plain text, `: ` or ` #` in one, a text that
    /// goes on to the next line, a key repeated — gives nil, and `parse` reads the file with Yams.
    static func plainEntries(_ text: String, file: String) -> [String: Entry]? {
        var source = text
        return source.withUTF8 { bytes -> [String: Entry]? in
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(bytes.count / 32)
            var seen: Set<String> = []
            var path: [String] = []
            var opened = false
            var number = 0
            var lineStart = 0
            let count = bytes.count
            while lineStart <= count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var i = lineStart
                while i < lineEnd, bytes[i] == 0x20 { i += 1 }
                let indent = i - lineStart
                if i == lineEnd || bytes[i] == UInt8(ascii: "#") { continue }
                guard indent % 2 == 0 else { return nil }
                var nonASCII = false
                for j in i..<lineEnd {
                    let byte = bytes[j]
                    guard byte >= 0x20, byte != 0x7F else { return nil }
                    if byte >= 0x80 { nonASCII = true }
                }
                // Characters that YAML does not allow in a file (C1 controls, a byte-order mark, U+FFFE…)
                // or that break a line for it.
                if nonASCII, !String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<lineEnd]), as: UTF8.self).unicodeScalars.allSatisfy(isPrintable) { return nil }
                let depth = indent / 2
                if opened { guard depth == path.count else { return nil } } else { guard depth <= path.count else { return nil } }
                path.removeLast(path.count - depth)
                var keyEnd = i
                while keyEnd < lineEnd, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
                guard keyEnd > i, keyEnd < lineEnd, bytes[keyEnd] == UInt8(ascii: ":") else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<keyEnd]), as: UTF8.self)
                let full = path.isEmpty ? key : path.joined(separator: ".") + "." + key
                guard seen.insert(full).inserted else { return nil }
                if keyEnd + 1 == lineEnd {
                    path.append(key)
                    opened = true
                    continue
                }
                opened = false
                guard bytes[keyEnd + 1] == 0x20 else { return nil }
                var valueStart = keyEnd + 1
                while valueStart < lineEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
                guard let value = plainValue(UnsafeBufferPointer(rebasing: bytes[valueStart..<lineEnd])) else { return nil }
                entries[full] = Entry(text: value, location: SourceLocation(file: file, line: number, column: indent + 1))
            }
            // A key left without a text or a mapping is an error Yams words.
            return opened ? nil : entries
        }
    }

    /// Whether YAML allows the character in a file (libyaml's rule) and it breaks no line (libyaml
    /// also breaks lines at U+0085, U+2028 and U+2029).
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2028, 0x2029: false
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || Slug.isASCIIAlphanumeric(Unicode.Scalar(byte))
    }

    /// A value on its line: a double-quoted text with `\"` and `\\` only, or a plain text that
    /// starts with no indicator and holds neither `: ` nor ` #`; nil for anything else.
    private static func plainValue(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = value.first else { return nil }
        if first == UInt8(ascii: "\"") {
            var out: [UInt8] = []
            var index = 1
            while index < value.count {
                var byte = value[index]
                if byte == UInt8(ascii: "\"") {
                    guard value[(index + 1)...].allSatisfy({ $0 == 0x20 }) else { return nil }
                    return String(decoding: out, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < value.count, value[index] == UInt8(ascii: "\"") || value[index] == UInt8(ascii: "\\") else { return nil }
                    byte = value[index]
                }
                out.append(byte)
                index += 1
            }
            return nil
        }
        guard !Self.indicators.contains(first) else { return nil }
        var end = value.count
        while end > 0, value[end - 1] == 0x20 { end -= 1 }
        var previous: UInt8 = 0
        for index in 0..<end {
            let byte = value[index]
            if byte == 0x20, previous == UInt8(ascii: ":") { return nil }
            if byte == UInt8(ascii: "#"), previous == 0x20 { return nil }
            previous = byte
        }
        guard previous != UInt8(ascii: ":") else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: value[0..<end]), as: UTF8.self)
    }

    /// The characters that may not start a plain text.
    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    private static func collect(_ node: Node, prefix: String, source: YAMLSource,
                                into entries: inout [String: Entry], diagnostics: inout [Diagnostic]) {
        guard let mapping = node.mapping else {
            diagnostics.append(.error(source.location(of: node), prefix.isEmpty
                ? "a file of words must be a mapping of `key: text` lines, found \(FieldReader.describe(node))"
                : "`\(prefix)` must be a text or a mapping of texts, found \(FieldReader.describe(node))"))
            return
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, !key.isEmpty, !key.contains(".") else {
                diagnostics.append(.error(source.location(of: keyNode), "a key of a file of words is a word of letters, digits and _, found \(FieldReader.describe(keyNode))",
                                          hint: "nest keys instead of writing dots: `headline:` then `  cost_today: …` on the next line"))
                continue
            }
            let full = prefix.isEmpty ? key : prefix + "." + key
            if let scalar = value.scalar {
                entries[full] = Entry(text: scalar.string, location: source.location(of: keyNode))
            } else if value.mapping != nil {
                collect(value, prefix: full, source: source, into: &entries, diagnostics: &diagnostics)
            } else {
                diagnostics.append(.error(source.location(of: value), "`\(full)` must be a text or a mapping of texts, found \(FieldReader.describe(value))"))
            }
        }
    }
}
