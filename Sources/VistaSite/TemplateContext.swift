import Mustache
import VistaSupport

/// A model (`TemplateModel`) as swift-mustache reads it cheaply: the model's variables are read
/// once into a dictionary of values in the form a template reads them (`TemplateValues`):
///
/// - an empty text is absent, so that `{{#owner}}…{{/owner}}` renders only when there is an owner;
/// - a text is a `TemplateText`, which swift-mustache renders after one protocol check instead of
///   the four it spends on a plain `String`;
/// - models and lists of models are `TemplateContext`s in turn, and lists of texts lists of
///   `TemplateText`s.
///
/// Every other value (`Bool`, `Int`) is kept as it is. A lookup is then one dictionary access:
/// swift-mustache looks a name up once per level of the context stack, and a page does some fifty
/// lookups, so the casts that sort values out are made once, when the model is read.
///
/// The context holds one reference: swift-mustache copies a context (and so retains what it
/// holds) several times per lookup, and each retain is an atomic operation.
struct TemplateContext: MustacheParent, MustacheTransformable {
    private final class Storage {
        let values: [String: Any]
        /// Variables under the model's own, read before (the site's, under a page's frame); nil for none.
        let base: [String: Any]?
        /// The words (`t`), on a page's outermost context only.
        let words: WordsContext?

        init(values: [String: Any], base: [String: Any]? = nil, words: WordsContext? = nil) {
            self.values = values
            self.base = base
            self.words = words
        }
    }

    private let storage: Storage

    init(model: some TemplateModel) { storage = Storage(values: model.templateValues) }

    /// A model's variables, read (`TemplateValues`).
    init(values: [String: Any]) { storage = Storage(values: values) }

    /// A model's variables over variables read before, which a variable of the model hides.
    init(model: some TemplateModel, over base: [String: Any]) {
        storage = Storage(values: model.templateValues, base: base)
    }

    /// Several models' variables at one level, a later model's winning (a deck sees the layout's
    /// variables and its own).
    init(layers: [any TemplateModel]) {
        var values: [String: Any] = [:]
        for layer in layers { values.merge(layer.templateValues) { _, later in later } }
        storage = Storage(values: values)
    }

    private init(storage: Storage) { self.storage = storage }

    /// The context as a page's outermost one, where `t` is the catalogue of words.
    func withWords(_ words: WordsContext) -> TemplateContext {
        TemplateContext(storage: Storage(values: storage.values, base: storage.base, words: words))
    }

    func child(named name: String) -> Any? {
        if let own = storage.values[name] { return own }
        if let base = storage.base, let under = base[name] { return under }
        // `t` is the words, for what the templates look up as the page renders (sections over a
        // word, a sentence's key); a `{{t.key}}` was written in when the templates loaded.
        if name == "t", let words = storage.words { return words }
        return nil
    }

    /// Transforms (`{{count(accent)}}`, `{{#sorted(accent)}}`) work on the variables as a dictionary.
    func transform(_ name: String) -> Any? {
        (storage.base?.merging(storage.values) { _, own in own } ?? storage.values).transform(name)
    }
}

/// The words of the site's catalogue as templates read them: `{{t.headline.cost_today}}` goes
/// through one `WordsContext` per part of the key. A part that begins longer keys is a level (so
/// `t.headline` is the level, not a text); any other is the text of its key.
struct WordsContext: MustacheParent, Sendable {
    /// The texts and the levels (every key's beginning up to a dot), made once per theme.
    final class Words: @unchecked Sendable {
        let entries: [String: String]
        let levels: Set<String>

        init(_ catalogue: Catalogue) {
            entries = catalogue.entries
            var levels: Set<String> = []
            for key in entries.keys {
                var part = key[...]
                while let dot = part.lastIndex(of: ".") {
                    part = part[..<dot]
                    guard levels.insert(String(part)).inserted else { break }
                }
            }
            self.levels = levels
        }
    }

    private let words: Words
    private let prefix: String

    init(_ catalogue: Catalogue) { self.init(Words(catalogue), prefix: "") }

    init(_ words: Words, prefix: String) {
        self.words = words
        self.prefix = prefix
    }

    func child(named name: String) -> Any? {
        let key = prefix + name
        if words.levels.contains(key) { return WordsContext(words, prefix: key + ".") }
        guard let text = words.entries[key], !text.isEmpty else { return nil }
        return TemplateText(text)
    }
}

/// A text in a template context. `{{name}}` escapes it and `{{{name}}}` inserts it as it is, like a
/// `String`; transforms (`{{uppercased(name)}}`) work as on a `String`.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, Comparable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    func transform(_ name: String) -> Any? { text.transform(name) }
    /// A text has no children (`{{title.text}}` is empty, as on a `String`).
    func child(named: String) -> Any? { nil }
    /// Texts sort as strings (`{{#sorted(list)}}`).
    static func < (a: TemplateText, b: TemplateText) -> Bool { a.text < b.text }
}

/// The escaping of `{{name}}` in Vista's templates: `&`, `<`, `>`, `"` and `'`, found byte by byte.
/// swift-mustache's own HTML escaping looks up every `Character` in a dictionary, which is slow, and
/// leaves a quote or `<` alone when a combining mark follows it (the pair is one `Character`), so
/// `"` followed by U+0301 could end an attribute value. Every template starts with the pragma that
/// selects this content type (`TemplateSet.load` adds it).
struct TemplateEscaping: MustacheContentType {
    static let name = "VISTA_HTML"
    /// The first line of every template, on a line of its own (a standalone tag leaves no trace).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    func escapeText(_ text: String) -> String { HTML.escape(text) }

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)
}
