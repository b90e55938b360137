import Mustache
import Testing

/// Vista's copy of swift-mustache reads a template's text and its tags' names by their UTF-8
/// bytes (Vendor/swift-mustache/PATCHES.md, item 3). Where a character is more than its first byte
/// — a mark that joins the brace or letter before it, a carriage return with its line feed, a
/// prepended sign — the template must parse as it did when every character was read whole.
@Suite struct TemplateParsingTests {
    static func render(_ template: String, _ values: [String: Any] = ["name": "x", "list": ["a", "b"]]) throws -> String {
        try MustacheTemplate(string: template).render(values)
    }

    @Test(arguments: [
        ("{{name}}", "x"),
        ("{{ name }}!", "x!"),
        ("é{{name}}", "éx"),
        ("e\u{301}{{name}}", "e\u{301}x"),
        ("日本{{name}}語", "日本x語"),
        // A brace with a mark after it is one character, not a delimiter.
        ("{\u{301}{{name}}", "{\u{301}x"),
        ("a{\u{301}{name}}", "a{\u{301}{name}}"),
        // A sign that prepends itself to the next character takes the brace with it.
        ("\u{0600}{{name}}", "\u{0600}{{name}}"),
        ("a\r\n{{name}}\r\nb", "a\r\nx\r\nb"),
        ("a\r{{name}}", "a\rx"),
        ("{{#list}}{{.}}\n{{/list}}", "a\nb\n"),
        ("{{#list}}\r\n{{.}}\r\n{{/list}}\r\n", "a\r\nb\r\n"),
        ("{ {{name}} }", "{ x }"),
        ("{{=<% %>=}}<%name%> {{name}}", "x {{name}}"),
    ])
    func templatesParseAsCharacterByCharacter(_ template: String, _ expected: String) throws {
        #expect(try Self.render(template) == expected)
    }

    @Test func aNameWithAMarkIsNotAName() {
        // "a" followed by U+0301 is one character, not among the characters of a name.
        #expect(throws: (any Error).self) { try MustacheTemplate(string: "{{na\u{301}me}}") }
        #expect(throws: (any Error).self) { try MustacheTemplate(string: "{{name\u{301}}}") }
    }

    @Test func namesOfEveryKindStillParse() throws {
        #expect(try Self.render("{{#list}}[{{.}}]{{/list}}{{^missing}}-{{/missing}}") == "[a][b]-")
        #expect(try Self.render("{{uppercased(name)}}") == "X")
    }
}
