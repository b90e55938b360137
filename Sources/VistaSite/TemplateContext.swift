import Mustache

/// A model (`TemplateModel`) as swift-mustache reads it cheaply: the model's variables are read
/// once into a dictionary, and each value is handed to the template as it is looked up:
///
/// - an empty text is absent, so that `{{#owner}}…{{/owner}}` renders only when there is an owner;
/// - a text becomes a `TemplateText`, which swift-mustache renders after one protocol check
///   instead of the four it spends on a plain `String`;
/// - models and lists of models (and dictionaries, in tests) become `TemplateContext`s in turn.
///
/// Every other value (`Bool`, `Int`, lists of texts) is handed over as it is.
struct TemplateContext: MustacheParent, MustacheTransformable {
    private enum Storage {
        case values([String: Any])
        case texts([String: String])
    }

    private let storage: Storage
    /// The words (`t`), on a page's outermost context only.
    private var words: Any?

    init(_ values: [String: Any]) { storage = .values(values) }
    init(model: some TemplateModel) { storage = .values(model.templateValues) }
    /// Several models' variables at one level, a later model's winning (a deck sees the layout's
    /// variables and its own).
    init(layers: [any TemplateModel]) {
        var values: [String: Any] = [:]
        for layer in layers { values.merge(layer.templateValues) { _, later in later } }
        storage = .values(values)
    }
    init(texts: [String: String]) { storage = .texts(texts) }

    /// The context as a page's outermost one, where `t` is the catalogue of words.
    func withWords(_ words: TemplateContext) -> TemplateContext {
        var context = self
        context.words = words
        return context
    }

    func child(named name: String) -> Any? {
        let own: Any? = switch storage {
        case .values(let values): values[name].flatMap(Self.wrap)
        case .texts(let texts): texts[name].flatMap { $0.isEmpty ? nil : TemplateText($0) }
        }
        // A page's own `t` wins over the words.
        if own == nil, name == "t", let words { return words }
        return own
    }

    /// Transforms (`{{count(accent)}}`, `{{#sorted(accent)}}`) work on the values as a dictionary,
    /// as they did on the dictionary itself.
    func transform(_ name: String) -> Any? {
        switch storage {
        case .values(let values): values.compactMapValues(Self.wrap).transform(name)
        case .texts(let texts): texts.compactMapValues { $0.isEmpty ? nil : TemplateText($0) }.transform(name)
        }
    }

    /// The value as the template sees it; nil for an empty text. The types are compared exactly,
    /// because a cast between collection types would convert every element.
    static func wrap(_ value: Any) -> Any? {
        if let text = value as? String { return text.isEmpty ? nil : TemplateText(text) }
        if let model = value as? any TemplateModel { return TemplateContext(model: model) }
        if let list = value as? any TemplateModelList { return list.contexts }
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier([String: Any].self) { return TemplateContext(value as! [String: Any]) }
        if type == ObjectIdentifier([String: String].self) { return TemplateContext(texts: value as! [String: String]) }
        if type == ObjectIdentifier([[String: Any]].self) { return (value as! [[String: Any]]).map(TemplateContext.init) }
        if type == ObjectIdentifier([[String: String]].self) { return (value as! [[String: String]]).map { TemplateContext(texts: $0) } }
        if type == ObjectIdentifier([String].self) { return (value as! [String]).map(TemplateText.init) }
        if type == ObjectIdentifier([Any].self) {
            // A list of dictionaries typed as `[Any]` (picked out of other contexts) is a list of contexts.
            let list = value as! [Any]
            var contexts: [TemplateContext] = []
            for element in list {
                if let values = element as? [String: Any] { contexts.append(TemplateContext(values)) }
                else if let texts = element as? [String: String] { contexts.append(TemplateContext(texts: texts)) }
                else { return value }
            }
            return contexts
        }
        return value
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
