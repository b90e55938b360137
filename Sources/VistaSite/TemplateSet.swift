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
        // The theme's own files, read here; the built-in templates they leave are read on the workers.
        var overridden: [String: (text: String, file: String)] = [:]
        var overrideDiagnostics: [Diagnostic] = []
        var extras: [String] = []
        for (fileName, path) in overrides.sorted(by: { $0.key < $1.key }) {
            switch fileSystem.readText(path) {
            case .success(let text):
                if fileName.hasSuffix(".mustache") {
                    overridden[String(fileName.dropLast(".mustache".count))] = (text.text, path)
                } else {
                    stylesheets[fileName] = text.text
                    if fileName != "vista.css", fileName != slidesStylesheet { extras.append(fileName) }
                }
            case .failure(.invalid(let diagnostic)): overrideDiagnostics.append(diagnostic)
            case .failure(.unreadable(let why)): overrideDiagnostics.append(.error(SourceLocation(file: path), "cannot read \(path): \(why)"))
            case .failure(.missing): continue
            }
        }
        // Everything else happens on the worker threads, one job per template, per sentence among the
        // words, and one for the words' lookup table: reading a built-in template, checking its
        // nesting depth, writing the words in, parsing, finding the partials it names. The parser
        // recurses once per nested section, so the workers' large stacks and the depth check keep
        // any theme file from overflowing a stack.
        let names = Set(builtInNames).union(overridden.keys).sorted()
        let own = overridden
        let builtInSheets = ["vista.css", slidesStylesheet].filter { stylesheets[$0] == nil }
        let sentences = words.entries.filter { ByteSearch.contains("{{", in: $0.value) }.sorted(by: { $0.key < $1.key })
        let jobs = WorkerPool.map(names.count + sentences.count + 1) { index -> LoadJob in
            if index < names.count {
                let name = names[index]
                if let source = own[name] { return Self.template(source.text, file: source.file, words: words) }
                guard let text = BuiltInTheme.text(of: name + ".mustache") else { return LoadJob(missingBuiltIn: true) }
                return Self.template(text, file: "(built-in theme)/\(name).mustache", words: words)
            }
            guard index < names.count + sentences.count else {
                // The last job: the words' lookup table and the built-in stylesheets the theme keeps.
                let sheets = builtInSheets.map { ($0, BuiltInTheme.text(of: $0) ?? "") }
                return LoadJob(wordsContext: WordsContext(words), stylesheets: Dictionary(uniqueKeysWithValues: sheets))
            }
            let (key, text) = sentences[index - names.count]
            guard let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) else {
                return LoadJob(failure: .error(.whole("i18n"), "the text of '\(key)' in the \(words.language) words does not parse as a template",
                                                hint: "close every {{ with }}, and every {{#name}} with {{/name}}"))
            }
            return LoadJob(template: template, partials: partials(in: text))
        }
        for (name, job) in zip(names, jobs) where job.missingBuiltIn {
            diagnostics.append(.error(.whole("theme"), "the built-in template \(name).mustache is missing from this Vista installation"))
        }
        diagnostics += overrideDiagnostics
        stylesheets.merge(jobs.last?.stylesheets ?? [:]) { own, _ in own }
        // Every word with placeholders is a partial too, `t.` and its key, so that a sentence renders
        // with the page's values.
        for (index, job) in jobs.dropLast().enumerated() {
            if let template = job.template {
                library.register(template, named: index < names.count ? names[index] : "t." + sentences[index - names.count].key)
            }
            if let failure = job.failure { diagnostics.append(failure) }
        }
        // A word without placeholders, as a partial, is text for an element's content: `&`, `<` and `>`
        // escaped, apostrophes left as typed. Only the words some template or sentence names as a
        // partial are made into one (a few dozen of some 400: making each costs a parse).
        for name in Set(jobs.flatMap { $0.partials.map(\.name) }) where name.hasPrefix("t.") {
            let key = String(name.dropFirst(2))
            guard let text = words.entries[key], !ByteSearch.contains("{{", in: text) else { continue }
            if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + HTML.escapeElementText(text)) {
                library.register(template, named: "t." + key)
            }
        }
        var includes: [String: [(name: String, line: Int)]] = [:]
        var files: [(name: String, file: String)] = []
        for (name, job) in zip(names, jobs) where !job.missingBuiltIn {
            includes[name] = job.partials
            files.append((name, job.file))
        }
        diagnostics += partialCycles(files, includes: includes)
        // The chart styles always follow the theme's stylesheet, so that charts draw right under any theme.
        stylesheets["vista.css", default: ""] += "\n/* Charts */\n" + ChartStyles.css
        guard !diagnostics.hasErrors, let wordsContext = jobs.last?.wordsContext else { return (nil, diagnostics) }
        return (TemplateSet(library: library, stylesheets: stylesheets, extraStylesheets: extras, words: words,
                            wordsContext: wordsContext), diagnostics)
    }

    /// What a worker made of one template, one sentence or the words.
    struct LoadJob: @unchecked Sendable {
        var template: MustacheTemplate?
        var failure: Diagnostic?
        /// The partials and parents the text names, with the line of each (`partials(in:)`).
        var partials: [(name: String, line: Int)] = []
        /// The template's file, as diagnostics name it.
        var file = ""
        var missingBuiltIn = false
        var wordsContext: WordsContext?
        /// The built-in stylesheets, by file name.
        var stylesheets: [String: String] = [:]
    }

    /// A template parsed, with the words written in; a template that does not parse is parsed
    /// again as written, for the error's place.
    static func template(_ text: String, file: String, words: Catalogue) -> LoadJob {
        var job = LoadJob(partials: partials(in: text), file: file)
        if let line = lineBeyondMaximumDepth(text) {
            job.failure = .error(SourceLocation(file: file, line: line), "the template nests sections more than \(maximumSectionDepth) deep")
            return job
        }
        if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + writingWords(into: text, words: words)) {
            job.template = template
            return job
        }
        do {
            // The escaping pragma goes on a line of its own before the first line; errors count lines without it.
            job.template = try MustacheTemplate(string: TemplateEscaping.pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            job.failure = .error(SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                                 "the template does not parse: \(describe(error.error))")
        } catch {
            job.failure = .error(SourceLocation(file: file), "the template does not parse: \(error)")
        }
        return job
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
