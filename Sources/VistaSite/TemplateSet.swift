import Foundation
import Mustache
import VistaCharts
import VistaContent
import VistaSupport

/// The theme's Mustache templates and stylesheets: the built-in ones shipped with Vista, each
/// replaced by a file of the same name in the content's `theme/` folder. Parsed once per build.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The stylesheets by file name (`vista.css`, and any extra `theme/*.css`).
    public let stylesheets: [String: String]
    /// Extra stylesheets from `theme/`, linked after the built-in one.
    public let extraStylesheets: [String]
    /// The words the templates read: `{{t.key}}` for a word, `{{> t.key}}` for a sentence with the
    /// page's values in it (docs/THEMING.md).
    public let words: Catalogue
    /// The words as templates look them up (`t`), made once.
    let wordsContext: WordsContext

    /// The names of the built-in templates.
    public static let builtInNames = ["layout", "home", "proposals", "proposal", "tasks", "task", "dashboard", "metric",
                                      "page", "404", "chart", "kpi-tiles", "task-table", "headline", "proposal-list",
                                      "site-head", "site-header", "site-footer",
                                      "since", "change-list", "changes", "decisions", "feed", "one-off-cells", "slides"]

    /// The stylesheet of the slides, linked by decks only, after `vista.css` and before a theme's
    /// extra stylesheets (so that those can restyle decks too).
    public static let slidesStylesheet = "slides.css"

    /// Loads the built-in theme and the overrides; a template that does not parse is a diagnostic.
    public static func load(overrides: [String: String], fileSystem: ContentFileSystem,
                            words: Catalogue = SiteWords.english) -> (TemplateSet?, [Diagnostic]) {
        TemplateEscaping.registered
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var stylesheets: [String: String] = [:]
        var sources: [String: (text: String, file: String)] = [:]
        for name in builtInNames {
            guard let text = BuiltInTheme.text(of: name + ".mustache") else {
                diagnostics.append(.error(.whole("theme"), "the built-in template \(name).mustache is missing from this Vista installation"))
                continue
            }
            sources[name] = (text, "(built-in theme)/\(name).mustache")
        }
        stylesheets["vista.css"] = BuiltInTheme.text(of: "vista.css") ?? ""
        stylesheets[slidesStylesheet] = BuiltInTheme.text(of: slidesStylesheet) ?? ""
        var extras: [String] = []
        for (fileName, path) in overrides.sorted(by: { $0.key < $1.key }) {
            switch fileSystem.readText(path) {
            case .success(let text):
                if fileName.hasSuffix(".mustache") {
                    sources[String(fileName.dropLast(".mustache".count))] = (text.text, path)
                } else {
                    stylesheets[fileName] = text.text
                    if fileName != "vista.css", fileName != slidesStylesheet { extras.append(fileName) }
                }
            case .failure(.invalid(let diagnostic)): diagnostics.append(diagnostic)
            case .failure(.unreadable(let why)): diagnostics.append(.error(SourceLocation(file: path), "cannot read \(path): \(why)"))
            case .failure(.missing): continue
            }
        }
        // The parser recurses once per nested section: parse on worker threads with large stacks,
        // after a check of the nesting depth, so that no theme file can overflow a stack. The words
        // with placeholders are parsed there too, after the templates.
        let ordered = sources.sorted(by: { $0.key < $1.key })
        let sentences = words.entries.filter { ByteSearch.contains("{{", in: $0.value) }.sorted(by: { $0.key < $1.key })
        let parsed = WorkerPool.map(ordered.count + sentences.count) { index -> Result<MustacheTemplate, Diagnostic> in
            guard index < ordered.count else {
                let (key, text) = sentences[index - ordered.count]
                if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) { return .success(template) }
                return .failure(.error(.whole("i18n"), "the text of '\(key)' in the \(words.language) words does not parse as a template",
                                       hint: "close every {{ with }}, and every {{#name}} with {{/name}}"))
            }
            let source = ordered[index].value
            if let line = Self.lineBeyondMaximumDepth(source.text) {
                return .failure(.error(SourceLocation(file: source.file, line: line),
                                       "the template nests sections more than \(Self.maximumSectionDepth) deep"))
            }
            // The words written in; a template that does not parse is parsed again as written, for the error's place.
            if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + Self.writingWords(into: source.text, words: words)) {
                return .success(template)
            }
            do {
                // The escaping pragma goes on a line of its own before the first line; errors count lines without it.
                return .success(try MustacheTemplate(string: TemplateEscaping.pragma + source.text))
            } catch let error as MustacheTemplate.ParserError {
                return .failure(.error(SourceLocation(file: source.file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                                       "the template does not parse: \(Self.describe(error.error))"))
            } catch {
                return .failure(.error(SourceLocation(file: source.file), "the template does not parse: \(error)"))
            }
        }
        // Every word with placeholders is a partial too, `t.` and its key, so that a sentence renders
        // with the page's values.
        for (index, result) in parsed.enumerated() {
            switch result {
            case .success(let template):
                library.register(template, named: index < ordered.count ? ordered[index].key : "t." + sentences[index - ordered.count].key)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        // A word without placeholders, as a partial, is text for an element's content: `&`, `<` and `>`
        // escaped, apostrophes left as typed. Only the words some template or sentence names as a
        // partial are made into one (a few dozen of some 400: making each costs a parse).
        let named = Set((ordered.map(\.value.text) + sentences.map(\.value)).flatMap { partials(in: $0).map(\.name) })
        for (key, text) in words.entries where named.contains("t." + key) && !ByteSearch.contains("{{", in: text) {
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + escaped) { library.register(template, named: "t." + key) }
        }
        diagnostics += partialCycles(ordered.map { ($0.key, $0.value.text, $0.value.file) })
        // The chart styles always follow the theme's stylesheet, so that charts draw right under any theme.
        stylesheets["vista.css", default: ""] += "\n/* Charts */\n" + ChartStyles.css
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, stylesheets: stylesheets, extraStylesheets: extras, words: words,
                            wordsContext: WordsContext(words)), diagnostics)
    }

    /// A Mustache parser error in words.
    static func describe(_ error: Error) -> String {
        switch "\(error)" {
        case "unfinishedName": "a tag is not closed with }}"
        case "sectionCloseNameIncorrect": "a section is closed with a name other than the one that opened it"
        case "expectedSectionEnd": "a section {{#…}} is never closed with {{/…}}"
        case "invalidSetDelimiter": "the delimiters set with {{=…=}} are not valid"
        case "invalidPartial", "partialNotFound": "a partial {{>…}} names a template that does not exist"
        case let other: other
        }
    }

    /// Renders a template with its model. Empty texts are absent (see `TemplateContext`), so that a
    /// section like `{{#owner}}…{{/owner}}` renders only when there is something to show.
    func render(_ name: String, _ model: any TemplateModel) -> String {
        library.render(TemplateContext(model: model).withWords(wordsContext), withTemplate: name) ?? ""
    }

    /// Renders a template with a context made of several models (`TemplateContext(layers:)`).
    func render(_ name: String, context: TemplateContext) -> String {
        library.render(context.withWords(wordsContext), withTemplate: name) ?? ""
    }
}

/// The theme files shipped with Vista as package resources.
enum BuiltInTheme {
    /// The folder of the built-in theme: beside the executable when installed, else the package's resource bundle.
    static let folder: URL? = {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent("Vista_VistaSite.resources/Theme")
        if FileManager.default.fileExists(atPath: beside.appendingPathComponent("layout.mustache").path) { return beside }
        return Bundle.module.url(forResource: "Theme", withExtension: nil)
    }()

    static func text(of name: String) -> String? {
        guard let url = folder?.appendingPathComponent(name), let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
