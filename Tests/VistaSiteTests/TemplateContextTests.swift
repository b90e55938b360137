import Mustache
import Testing
import VistaContent
@testable import VistaSite

/// How templates see a context: escaping, empty texts, lists, transforms; the same as before the
/// context was wrapped for speed.
@Suite struct TemplateContextTests {
    /// A template set with one extra template, `t`.
    static func render(_ template: String, _ context: [String: Any]) -> String {
        let folder = SiteTestSupport.copy(of: "harbor", replacing: ["theme/t.mustache": template])
        let (templates, diagnostics) = TemplateSet.load(overrides: ["t.mustache": "theme/t.mustache"],
                                                        fileSystem: ContentFileSystem(root: folder))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return templates?.render("t", context) ?? "(no templates)"
    }

    @Test func textsAreEscapedByScalarNotByCharacter() {
        // A quote followed by a combining mark is one Character; it must still be escaped.
        #expect(Self.render("<a title=\"{{t}}\">{{t}}</a>", ["t": "a\"\u{301} onclick=x <b>&'"])
                == "<a title=\"a&quot;\u{301} onclick=x &lt;b&gt;&amp;&#39;\">a&quot;\u{301} onclick=x &lt;b&gt;&amp;&#39;</a>")
        #expect(Self.render("{{{t}}}", ["t": "<b>bold</b>"]) == "<b>bold</b>")
    }

    @Test func emptyTextsAreAbsentAtEveryDepth() {
        let context: [String: Any] = [
            "owner": "", "name": "Ann",
            "item": ["owner": "", "title": "T"] as [String: Any],
            "rows": [["owner": "", "title": "R"]] as [[String: String]],
            "items": [["owner": "", "count": 2]] as [[String: Any]],
        ]
        #expect(Self.render("{{#owner}}O{{/owner}}{{^owner}}no owner{{/owner}}", context) == "no owner")
        #expect(Self.render("{{#item}}{{title}}{{#owner}}O{{/owner}}{{/item}}", context) == "T")
        #expect(Self.render("{{#rows}}{{title}}{{#owner}}O{{/owner}}{{/rows}}", context) == "R")
        #expect(Self.render("{{#items}}{{count}}{{^owner}}-{{/owner}}{{name}}{{/items}}", context) == "2-Ann")
        let picked: [Any] = [["owner": "", "title": "P"] as [String: Any]]
        #expect(Self.render("{{#picked}}{{title}}{{#owner}}O{{/owner}}{{/picked}}", ["picked": picked]) == "P")
    }

    @Test func listsBooleansNumbersAndTransforms() {
        let context: [String: Any] = ["list": ["a", "<b>"], "yes": true, "no": false, "n": 3, "title": "Weekly report"]
        #expect(Self.render("{{#list}}[{{.}}]{{/list}}", context) == "[a][&lt;b&gt;]")
        #expect(Self.render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{n}}", context) == "Yn3")
        #expect(Self.render("{{uppercased(title)}} {{#title}}{{.}}{{/title}} [{{title.text}}]", context) == "WEEKLY REPORT Weekly report []")
    }

    @Test func transformsOnListsAndContexts() {
        let context: [String: Any] = ["list": ["b", "a", "c"], "accent": ["css": "#fff", "dark": "", "light": "#000"] as [String: String],
                                      "items": [["n": "1"], ["n": "2"]] as [[String: String]]]
        #expect(Self.render("{{#sorted(list)}}{{.}}{{/sorted(list)}} {{#reversed(list)}}{{.}}{{/reversed(list)}} {{count(list)}}", context)
                == "abc cab 3")
        #expect(Self.render("{{count(accent)}} {{#sorted(accent)}}{{key}}={{value}};{{/sorted(accent)}}", context) == "2 css=#fff;light=#000;")
        #expect(Self.render("{{#first(items)}}{{n}}{{/first(items)}}{{#last(items)}}{{n}}{{/last(items)}}", context) == "12")
    }

    /// The escaping pragma before the first line does not shift the lines and columns of errors.
    @Test(arguments: ["line one\nline {{two\nthree\n", "{{#a}}\n\n{{/b}}\n", "one\n  two {{=<% =}}\n"])
    func aTemplateErrorKeepsItsPlace(_ text: String) throws {
        let folder = SiteTestSupport.copy(of: "harbor", replacing: ["theme/t.mustache": text])
        let (templates, diagnostics) = TemplateSet.load(overrides: ["t.mustache": "theme/t.mustache"],
                                                        fileSystem: ContentFileSystem(root: folder))
        #expect(templates == nil)
        var expected: (Int, Int)?
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            expected = (error.context.lineNumber, error.context.columnNumber)
        }
        let place = try #require(expected)
        #expect(diagnostics.map { [$0.location.line, $0.location.column] } == [[place.0, place.1]])
    }
}
