import Yams

/// Reads the fields of one YAML mapping into typed values, and reports every problem (a missing
/// required field, a wrong type, an unknown key) as a diagnostic at the place it was written.
struct FieldReader {
    let source: YAMLSource
    let sink: DiagnosticSink
    let node: Node
    let mapping: Node.Mapping

    /// A reader over a mapping node; reports an error and gives nil when the node is not a mapping.
    init?(_ node: Node, source: YAMLSource, sink: DiagnosticSink, what: String) {
        guard let mapping = node.mapping else {
            sink.error(source.location(of: node), "\(what) must be a mapping of `key: value` lines, found \(Self.describe(node))")
            return nil
        }
        self.node = node
        self.source = source
        self.sink = sink
        self.mapping = mapping
    }

    /// The keys as written, in order.
    var keys: [String] { mapping.keys.compactMap { $0.scalar?.string } }

    /// The value of a key, or nil when it is absent or null (`key:`, `key: ~`, `key: null`).
    func value(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, Self.isNull(scalar) { return nil }
        return value
    }

    /// Where the key itself is written (or the mapping, when the key is absent).
    func location(ofKey key: String) -> SourceLocation {
        for (k, _) in mapping where k.scalar?.string == key { return source.location(of: k) }
        return source.location(of: node)
    }

    func location(of node: Node) -> SourceLocation { source.location(of: node) }

    func missing(_ key: String, hint: String? = nil) {
        sink.error(source.location(of: node), "missing required field `\(key)`", hint: hint)
    }

    func wrongType(_ key: String, expected: String, found node: Node) {
        sink.error(source.location(of: node), "`\(key)` must be \(expected), found \(Self.describe(node))")
    }

    /// Plain text: any scalar, read exactly as written (`2024` stays "2024", dates stay as written).
    func text(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = value.scalar else {
            wrongType(key, expected: "text", found: value)
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace
        if trimmed.isEmpty {
            if required { sink.error(location(of: value), "`\(key)` must not be empty") }
            return nil
        }
        return Located(trimmed, at: location(of: value))
    }

    /// Markdown text, with the line offset of its first line in the file.
    func markdown(_ key: String, required: Bool = false) -> MarkdownText? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        return Self.markdown(value, key: key, reader: self)
    }

    static func markdown(_ value: Node, key: String, reader: FieldReader) -> MarkdownText? {
        guard let scalar = value.scalar else {
            reader.wrongType(key, expected: "text (Markdown)", found: value)
            return nil
        }
        let location = reader.location(of: value)
        let isBlock = scalar.style == .literal || scalar.style == .folded
        let text = scalar.string
        if text.allSatisfy(\.isWhitespace) { return nil }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        return MarkdownText(text, location: location, lineOffset: isBlock ? location.line : location.line - 1,
                            columnOffset: isBlock ? 0 : location.column - 1 + (quoted ? 1 : 0))
    }

    /// A finite number, at least `minimum` when one is given.
    func number(_ key: String, required: Bool = false, minimum: Double? = 0, integer: Bool = false) -> Located<Double>? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        return Self.number(value, key: key, reader: self, minimum: minimum, integer: integer)
    }

    static func number(_ value: Node, key: String, reader: FieldReader, minimum: Double?, integer: Bool) -> Located<Double>? {
        let expected = integer ? "a whole number" : "a number"
        guard let scalar = value.scalar, let number = NumberText.parse(scalar.string) else {
            reader.wrongType(key, expected: expected, found: value)
            return nil
        }
        if integer, number.rounded() != number {
            reader.wrongType(key, expected: expected, found: value)
            return nil
        }
        if let minimum, number < minimum {
            reader.sink.error(reader.location(of: value), "`\(key)` must be \(minimum == 0 ? "zero or more" : "at least \(NumberText.format(minimum))"), found \(scalar.string)")
            return nil
        }
        return Located(number, at: reader.location(of: value))
    }

    /// `true` or `false` (also `yes`/`no`).
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            wrongType(key, expected: "true or false", found: value)
            return nil
        }
    }

    /// One value of a fixed set, listing the allowed ones when it is not.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type, required: Bool = false) -> Located<Choice>?
    where Choice.RawValue == String {
        guard let text = text(key, required: required) else { return nil }
        guard let choice = Choice(rawValue: text.value) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(text.location, "unknown \(key.replacingUnderscores) '\(text.value)'; expected one of: \(allowed)",
                       hint: Suggestion.closest(to: text.value, in: Choice.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" })
            return nil
        }
        return Located(choice, at: text.location)
    }

    /// A period, read from the scalar as written.
    func period(_ key: String, required: Bool = false) -> Located<Period>? {
        guard let text = text(key, required: required) else { return nil }
        switch Period.parse(text.value) {
        case .success(let period): return Located(period, at: text.location)
        case .failure(let error):
            sink.error(text.location, "bad period in `\(key)`: \(error.message)")
            return nil
        }
    }

    /// A list; a single scalar counts as a list of one.
    func list(_ key: String) -> [Node]? {
        guard let value = value(key) else { return nil }
        switch value {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [value]
        default:
            wrongType(key, expected: "a list", found: value)
            return nil
        }
    }

    /// A list of plain texts.
    func textList(_ key: String) -> [Located<String>]? {
        guard let items = list(key) else { return nil }
        return items.compactMap { item in
            guard let scalar = item.scalar else {
                wrongType(key, expected: "a list of texts", found: item)
                return nil
            }
            if Self.isNull(scalar) { return nil }
            return Located(scalar.string.trimmingWhitespace, at: location(of: item))
        }
    }

    /// A nested mapping.
    func mappingReader(_ key: String, what: String? = nil) -> FieldReader? {
        guard let value = value(key) else { return nil }
        return FieldReader(value, source: source, sink: sink, what: what ?? "`\(key)`")
    }

    /// Reports keys that are not in the format, suggesting the closest known key. A key one edit
    /// away from a known one (`efort_hours`, `recipents`) is an error: the figure it was meant to set
    /// would otherwise silently keep its default. Other unknown keys are warnings.
    func reportUnknownKeys(allowed: [String], in what: String) {
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !allowed.contains(name) else { continue }
            let suggestion = Suggestion.closest(to: name, in: allowed)
            let message = "unknown key `\(name)` in \(what)"
            if let suggestion, Suggestion.isOneEdit(name, from: suggestion) {
                sink.error(source.location(of: key), message + ", one letter away from `\(suggestion)`",
                           hint: "did you mean `\(suggestion)`?")
            } else {
                sink.warning(source.location(of: key), message,
                             hint: suggestion.map { "did you mean `\($0)`?" } ?? "known keys: \(allowed.joined(separator: ", "))")
            }
        }
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A few words that say what a node is, for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            return text.count > 40 ? "'\(text.prefix(40))…'" : "'\(text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

extension String {
    /// The text without white space at either end.
    var trimmingWhitespace: String {
        // Most texts (every cell of a large CSV) start and end with a printable ASCII character:
        // checked on two bytes, without reading characters, they are returned as they are.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
