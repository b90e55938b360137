import Testing
import VistaMarkdown

/// Short texts render without their paragraph; plain text drops all markup.
@Suite struct InlineAndPlainTextTests {
    let renderer = MarkdownRenderer()

    @Test func singleParagraphLosesItsWrapper() {
        #expect(renderer.renderInline("Saves *six* hours & [more](x.yaml)") == "Saves <em>six</em> hours &amp; <a href=\"x.yaml\">more</a>")
        #expect(renderer.renderInline("two\nlines") == "two\nlines")
        #expect(renderer.renderInline("") == "")
        #expect(renderer.renderInline("   ") == "")
    }

    @Test func otherShapesRenderAsDocuments() {
        #expect(renderer.renderInline("one\n\ntwo") == "<p>one</p>\n<p>two</p>\n")
        #expect(renderer.renderInline("- a\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(renderer.renderInline("# Title") == "<h1 id=\"title\">Title</h1>\n")
    }

    @Test func inlineRenderingIsSafeAndRewritesLinks() {
        #expect(renderer.renderInline("a <b>b</b> [c](javascript:x)") == "a b <a href=\"\">c</a>")
        #expect(renderer.renderInline("<div>x</div>\n\nkept") == "kept")
        let linked = renderer.renderInline("[t](tasks/t.yaml)", link: { "/" + $0.url.dropLast(5) + "/" })
        #expect(linked == "<a href=\"/tasks/t/\">t</a>")
        #expect(renderer.renderInline("a <b>b</b>", options: MarkdownOptions(unsafeHTML: true)) == "a <b>b</b>")
    }

    @Test func plainTextDropsMarkupAndCollapsesWhitespace() {
        let markdown = "# Weekly *sales*   report\n\nSaves **six** hours,\nsee [the task](x.yaml) and `code`.\n\n- one\n- two\n"
        #expect(renderer.plainText(markdown) == "Weekly sales report Saves six hours, see the task and code. one two")
    }

    @Test func plainTextLeavesOutHTMLAndCodeBlocks() {
        let markdown = "Intro <span>x</span>\n\n<div>hidden</div>\n\n```chart\ntype: bar\n```\n\n    indented\n\nEnd ![alt text](a.png)"
        #expect(renderer.plainText(markdown) == "Intro x End alt text")
    }

    @Test func plainTextSeparatesBlocksAndCells() {
        #expect(renderer.plainText("| a | b |\n|---|---|\n| 1 | 2 |") == "a b 1 2")
        #expect(renderer.plainText("> quoted\n\nnext") == "quoted next")
        #expect(renderer.plainText("line  \nbreak") == "line break")
    }

    @Test func plainTextDecodesEntitiesAndKeepsUnicode() {
        #expect(renderer.plainText("Fish &amp; chips &lt;3 — Über 5 €") == "Fish & chips <3 — Über 5 €")
        #expect(renderer.plainText("") == "")
        #expect(renderer.plainText("\n\n  \n") == "")
    }
}
