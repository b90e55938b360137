import Testing
import VistaMarkdown

/// Hostile or huge input must render, not crash or hang.
@Suite struct StressTests {
    let renderer = MarkdownRenderer()

    @Test func nulBytesBecomeReplacementCharacters() {
        let rendered = renderer.render("a\u{0}b\n\n# h\u{0}i\n\n```chart\u{0}\nx\u{0}\n```\n", block: { block in
            "<pre data-body=\"\(block.body.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))\">"
        })
        #expect(rendered.html.hasPrefix("<p>a\u{FFFD}b</p>\n"))
        #expect(rendered.headings == [MarkdownHeading(level: 1, text: "h\u{FFFD}i", id: "h-i")])
        #expect(rendered.html.contains("data-body=\"78 fffd a\""))
        #expect(renderer.plainText("x\u{0}y") == "x\u{FFFD}y")
    }

    @Test func replacementCharactersAndUnusualScalarsPassThrough() {
        let text = "\u{FFFD}\u{FEFF}\u{202E}\u{1F600} e\u{301}"
        #expect(renderer.renderInline(text) == text)
    }

    /// Ten megabytes on one line, in one paragraph. (The installed cmark-gfm parses a
    /// paragraph mixing hundreds of thousands of links with emphasis in quadratic
    /// time, so the links and the emphasis get separate lines here.)
    @Test func tenMegabyteSingleLine() {
        let unit = "word [l](u) `c` www.x.com &amp; "
        let count = 10_000_000 / unit.utf8.count
        let line = String(repeating: unit, count: count)
        var links = 0
        let html = renderer.render(line, link: { _ in
            links += 1
            return nil
        }).html
        #expect(html.hasPrefix("<p>word <a href=\"u\">l</a> <code>c</code>"))
        #expect(html.hasSuffix("</p>\n"))
        #expect(links == 2 * count)
        #expect(renderer.plainText(line).utf8.count > 5_000_000)
    }

    @Test func megabyteLineOfEmphasisAndStrikethrough() {
        let line = String(repeating: "*em* ~~s~~ **b** ", count: 1_000_000 / 17)
        let html = renderer.render(line).html
        #expect(html.hasPrefix("<p><em>em</em> <del>s</del> <strong>b</strong>"))
        #expect(html.hasSuffix("</p>\n"))
    }

    @Test func twentyThousandNestedBlockQuotes() {
        let markdown = String(repeating: "> ", count: 20_000) + "# Deep [link](tasks/x.yaml)\n"
            + String(repeating: ">", count: 20_000) + " ```chart\n"
        var links = 0
        let rendered = renderer.render(markdown, block: { _ in "<figure></figure>" }, link: { _ in
            links += 1
            return "/tasks/x/"
        })
        #expect(rendered.html.components(separatedBy: "<blockquote>").count - 1 == 20_000)
        #expect(rendered.headings.map(\.id) == ["deep-link"])
        #expect(rendered.html.contains("<h1 id=\"deep-link\">Deep <a href=\"/tasks/x/\">link</a></h1>"))
        #expect(rendered.html.contains("<figure></figure>"))
        #expect(links == 1)
        #expect(renderer.plainText(markdown) == "Deep link")
    }

    @Test func twentyThousandNestedListItems() {
        let markdown = String(repeating: "- ", count: 20_000) + "item\n"
        let html = renderer.render(markdown).html
        #expect(html.components(separatedBy: "<li>").count - 1 == 20_000)
        #expect(renderer.renderInline(markdown).hasPrefix("<ul>"))
    }

    @Test func deeplyNestedInlines() {
        let brackets = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](u)", count: 20_000)
        #expect(renderer.render(brackets).html.hasPrefix("<p>"))
        let emphasis = String(repeating: "*a **b ", count: 10_000) + String(repeating: "c** d*", count: 10_000)
        #expect(renderer.render(emphasis).html.contains("<em>"))
        let heading = "# " + String(repeating: "*_", count: 5_000) + "x" + String(repeating: "_*", count: 5_000)
        #expect(renderer.render(heading).headings.map(\.id) == ["x"])
    }

    @Test func manyHeadingsWithTheSameText() {
        let markdown = String(repeating: "## Same\n\n", count: 3_000)
        let ids = renderer.render(markdown).headings.map(\.id)
        #expect(ids.count == 3_000)
        #expect(Set(ids).count == 3_000)
        #expect(ids.last == "same-2999")
    }
}
