import Testing
import Mustache
import VistaContent
import VistaSupport
@testable import VistaSite

@Suite struct TemplateWordsTests {
    let words = Catalogue(language: "de", entries: ["nav.home": "Start & Ziel", "quote": "„Kosten“ <heute>",
                                                   "sentence": "{{count}} Aufgaben", "curly": "a}b", "two": "eins\nzwei"])

    @Test func wordsAreWrittenIntoTheTemplateEscapedAsTheTagWouldEscapeThem() {
        let text = "<a>{{t.nav.home}}</a> {{ t.quote }} {{{t.quote}}} {{#t.nav.home}}x{{/t.nav.home}}"
        #expect(TemplateSet.writingWords(into: text, words: words)
            == "<a>Start &amp; Ziel</a> „Kosten“ &lt;heute&gt; „Kosten“ <heute> {{#t.nav.home}}x{{/t.nav.home}}")
    }

    @Test func whatCannotBeWrittenInIsLeftToTheLookup() {
        // Not a word, a sentence, a brace, a line break, a transform, a partial, an unclosed tag.
        let text = "{{t.nav}} {{t.missing}} {{t.sentence}} {{t.curly}} {{t.two}} {{lowercased(t.quote)}} {{> t.quote}} {{t.quote"
        #expect(TemplateSet.writingWords(into: text, words: words) == text)
        // A template that sets its own delimiters or content type keeps every tag.
        #expect(TemplateSet.writingWords(into: "{{=<% %>=}}{{t.quote}}", words: words) == "{{=<% %>=}}{{t.quote}}")
        #expect(TemplateSet.writingWords(into: "{{% CONTENT_TYPE: TEXT }}{{t.quote}}", words: words) == "{{% CONTENT_TYPE: TEXT }}{{t.quote}}")
    }

    @Test func aTemplateRendersTheSameWithTheWordsWrittenIn() throws {
        _ = TemplateEscaping.registered
        let template = "{{#items}}<li>{{t.nav.home}}: {{name}} {{{t.quote}}}</li>{{/items}}{{t.quote}}"
        let written = TemplateSet.writingWords(into: template, words: words)
        #expect(!written.contains("t."))
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: TemplateEscaping.pragma + template), named: "looked-up")
        library.register(try MustacheTemplate(string: TemplateEscaping.pragma + written), named: "written")
        let context: [String: Any] = ["items": [["name": "A&B"], ["name": "C"]], "t": WordsContext(words)]
        let expected = "<li>Start &amp; Ziel: A&amp;B „Kosten“ <heute></li><li>Start &amp; Ziel: C „Kosten“ <heute></li>„Kosten“ &lt;heute&gt;"
        #expect(library.render(context, withTemplate: "looked-up") == expected)
        #expect(library.render(context, withTemplate: "written") == expected)
    }

    /// A word without placeholders, as a partial (`{{> t.key}}`), is text for an element's content:
    /// `&`, `<` and `>` escaped, quotes and apostrophes as typed; a sentence renders with the values.
    @Test func aWordAsAPartialIsEscapedTextAndASentenceTakesTheValues() throws {
        let words = Catalogue(language: "de", entries: ["quote": "„Kosten“ <heute> & 'morgen' \"x\"", "sentence": "{{count}} Aufgaben"])
        let folder = SiteTestSupport.copy(of: "harbor", replacing: ["theme/t.mustache": "{{> t.quote}}|{{> t.sentence}}"])
        defer { SiteTestSupport.removeTemporary(folder) }
        let (templates, diagnostics) = TemplateSet.load(overrides: ["t.mustache": "theme/t.mustache"],
                                                        fileSystem: ContentFileSystem(root: folder), words: words)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        struct Count: TemplateModel { var count = 3 }
        #expect(try #require(templates).render("t", Count()) == "„Kosten“ &lt;heute&gt; &amp; 'morgen' \"x\"|3 Aufgaben")
        #expect(HTML.escapeElementText("a < b && c > d 'e' \"f\"") == "a &lt; b &amp;&amp; c &gt; d 'e' \"f\"")
        #expect(HTML.escapeElementText("plain") == "plain")
    }

    /// `{{t.a.b}}` reads the text of `a.b`; `{{t.a}}` is a level when longer keys begin with `a.`,
    /// whatever text `a` has, as when the words were nested dictionaries.
    @Test(arguments: ["en", "de", "fr"])
    func everyWordIsReachedByItsKey(_ language: String) throws {
        let catalogue = SiteWords.catalogue(language: language, overrides: [:])
        let t = WordsContext(catalogue)
        for (key, text) in catalogue.entries {
            var node: Any? = t
            for part in key.split(separator: ".") { node = (node as? WordsContext)?.child(named: String(part)) }
            #expect((node as? TemplateText)?.text == (text.isEmpty ? nil : text), "\(key)")
        }
        #expect(t.child(named: "headline") is WordsContext)
        #expect(t.child(named: "no_such_word") == nil)
        let mixed = WordsContext(Catalogue(language: "en", entries: ["a": "level", "a.b": "text", "c": ""]))
        #expect(mixed.child(named: "a") is WordsContext)
        #expect(((mixed.child(named: "a") as? WordsContext)?.child(named: "b") as? TemplateText)?.text == "text")
        #expect(mixed.child(named: "c") == nil, "an empty text is absent")
    }
}
