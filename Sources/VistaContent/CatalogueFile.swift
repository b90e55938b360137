import Yams

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
