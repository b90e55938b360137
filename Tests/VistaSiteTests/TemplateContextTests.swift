import Mustache
import Testing
import VistaContent
@testable import VistaSite

/// How templates see a model: escaping, empty texts, lists, transforms.
@Suite struct TemplateContextTests {
    /// A template set with one extra template, `t`.
    static func render(_ template: String, _ model: any TemplateModel) -> String {
        let folder = SiteTestSupport.copy(of: "harbor", replacing: ["theme/t.mustache": template])
        defer { SiteTestSupport.removeTemporary(folder) }
        let (templates, diagnostics) = TemplateSet.load(overrides: ["t.mustache": "theme/t.mustache"],
                                                        fileSystem: ContentFileSystem(root: folder))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return templates?.render("t", model) ?? "(no templates)"
    }

    struct Text: TemplateModel { var t = "" }

    @Test func textsAreEscapedByScalarNotByCharacter() {
        // A quote followed by a combining mark is one Character; it must still be escaped.
        #expect(Self.render("<a title=\"{{t}}\">{{t}}</a>", Text(t: "a\"\u{301} onclick=x <b>&'"))
                == "<a title=\"a&quot;\u{301} onclick=x &lt;b&gt;&amp;&#39;\">a&quot;\u{301} onclick=x &lt;b&gt;&amp;&#39;</a>")
        #expect(Self.render("{{{t}}}", Text(t: "<b>bold</b>")) == "<b>bold</b>")
    }

    struct Item: TemplateModel {
        var owner = ""
        var title = ""
        var count = 0
    }

    struct Page: TemplateModel {
        var owner = ""
        var name = ""
        var item = Item()
        var missing: Item?
        var items: [Item] = []
        @Inline var inline = Item()
    }

    @Test func emptyTextsAndNilModelsAreAbsentAtEveryDepth() {
        let page = Page(owner: "", name: "Ann", item: Item(owner: "", title: "T"), items: [Item(owner: "", count: 2)],
                        inline: Item(title: "Inline"))
        #expect(Self.render("{{#owner}}O{{/owner}}{{^owner}}no owner{{/owner}}", page) == "no owner")
        #expect(Self.render("{{#item}}{{title}}{{#owner}}O{{/owner}}{{/item}}", page) == "T")
        #expect(Self.render("{{#items}}{{count}}{{^owner}}-{{/owner}}{{name}}{{/items}}", page) == "2-Ann")
        #expect(Self.render("{{#missing}}M{{/missing}}{{^missing}}no item{{/missing}}", page) == "no item")
        #expect(Self.render("{{title}} {{count}}", page) == "Inline 0")
    }

    struct Holder: TemplateModel {
        var owner = "holder"
        var title = "holder"
        @Inline var item = Item(owner: "", title: "item", count: 4)
        var tags = ["a", "", "b"]
        var rows: [[String]] = []
        var set: Item? = Item(title: "set")
        @FalseWhenNil var flagged: Item? = Item(title: "flagged")
    }

    /// What a model's reading makes of each kind of property: an inline model's variables join its
    /// holder's, a later one winning (an empty text is absent, so it hides an earlier one too); a
    /// list of texts keeps its empty texts; optional and `@FalseWhenNil` models with a value are models.
    @Test func inlineModelsListsAndOptionalModels() {
        let holder = Holder()
        #expect(Self.render("{{title}} {{count}} [{{owner}}]", holder) == "item 4 []")
        #expect(Self.render("{{#tags}}[{{.}}]{{/tags}} {{count(tags)}}", holder) == "[a][][b] 3")
        #expect(Self.render("{{#set}}{{title}}{{/set}} {{#flagged}}{{title}}{{/flagged}}", holder) == "set flagged")
        #expect(Self.render("{{#rows}}x{{/rows}}{{^rows}}no rows{{/rows}}", holder) == "no rows")
        #expect(Self.render("{{#rows}}[{{#.}}{{.}}{{/.}}]{{/rows}}", Holder(rows: [["x"], ["y", "z"]])) == "[x][yz]")
        let values = holder.templateValues
        #expect(values["tags"] is [TemplateText])
        #expect(values["set"] is TemplateContext)
        #expect(values["owner"] == nil)
    }

    struct Changes: TemplateModel {
        var savings = "page's"
        var list = List()
    }

    struct List: TemplateModel {
        @FalseWhenNil var savings: Item? = nil
    }

    /// A nil `@FalseWhenNil` model is false: the section does not find the page's variable of the same name.
    @Test func falseWhenNilHidesTheVariableAround() {
        #expect(Self.render("{{#list}}{{#savings}}[{{.}}]{{/savings}}{{^savings}}none{{/savings}}{{/list}}", Changes()) == "none")
    }

    struct Values: TemplateModel {
        var list: [String] = []
        var yes = false
        var no = false
        var n = 0
        var title = ""
    }

    @Test func listsBooleansNumbersAndTransforms() {
        let values = Values(list: ["a", "<b>"], yes: true, no: false, n: 3, title: "Weekly report")
        #expect(Self.render("{{#list}}[{{.}}]{{/list}}", values) == "[a][&lt;b&gt;]")
        #expect(Self.render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{n}}", values) == "Yn3")
        #expect(Self.render("{{uppercased(title)}} {{#title}}{{.}}{{/title}} [{{title.text}}]", values) == "WEEKLY REPORT Weekly report []")
    }

    struct Transforms: TemplateModel {
        var list: [String] = []
        var accent = SiteVariables.Accent()
        var items: [Text] = []
    }

    @Test func transformsOnListsAndModels() {
        let model = Transforms(list: ["b", "a", "c"], accent: SiteVariables.Accent(css: "#fff", light: "#000"),
                               items: [Text(t: "1"), Text(t: "2")])
        #expect(Self.render("{{#sorted(list)}}{{.}}{{/sorted(list)}} {{#reversed(list)}}{{.}}{{/reversed(list)}} {{count(list)}}", model)
                == "abc cab 3")
        #expect(Self.render("{{count(accent)}} {{#sorted(accent)}}{{key}}={{value}};{{/sorted(accent)}}", model) == "2 css=#fff;light=#000;")
        #expect(Self.render("{{#first(items)}}{{t}}{{/first(items)}}{{#last(items)}}{{t}}{{/last(items)}}", model) == "12")
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
