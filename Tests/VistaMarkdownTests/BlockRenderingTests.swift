import Testing
import VistaMarkdown

/// `renderBlocks`: the document's top-level blocks one by one, with the HTML `render` gives.
@Suite struct BlockRenderingTests {
    static let documents = [
        "# Title\n\nA paragraph with *emphasis* and a [link](x.md).\n\n## Section\n\n- a\n- b\n\n1. one\n2. two\n",
        "Text\n\n```chart\nmetric: x\n```\n\n> quote\n\n---\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n",
        "3. three\n4. four\n\n   continued\n\n- [ ] task\n- [x] done\n\n```swift\nlet x = 1\n```\n",
        "",
    ]

    @Test(arguments: documents)
    func theBlocksTogetherAreTheDocument(_ markdown: String) {
        let renderer = MarkdownRenderer()
        let hook: (FencedCodeBlock) -> String? = { $0.language == "chart" ? "<figure>chart</figure>" : nil }
        let whole = renderer.render(markdown, block: hook).html
        let blocks = renderer.renderBlocks(markdown, block: hook).blocks
        #expect(blocks.map(\.html).joined() == whole)
        for block in blocks where !block.items.isEmpty {
            #expect(block.html == block.listOpening(from: 0) + "\n" + block.items.joined() + block.listClosing + "\n")
        }
    }

    @Test func eachBlockKnowsItsKind() {
        let markdown = "## Why\n\nText.\n\n3. a\n4. b\n\n- x\n\n```chart\nmetric: m\n```\n\n```notes\nsecret\n```\n\n| a |\n|---|\n| 1 |\n\n> q\n\n***\n\n```sh\nls\n```\n"
        let (blocks, headings) = MarkdownRenderer().renderBlocks(markdown, block: { $0.language == "chart" || $0.language == "notes" ? "" : nil })
        #expect(blocks.map(\.kind) == [.heading(level: 2), .paragraph, .list(ordered: true, start: 3), .list(ordered: false, start: 1),
                                       .embed(language: "chart"), .embed(language: "notes"), .table, .quote, .rule, .code])
        #expect(blocks.map(\.line) == [1, 3, 5, 8, 10, 14, 18, 22, 24, 26])
        #expect(headings.map(\.text) == ["Why"])
        #expect(blocks[0].html == "<h2 id=\"why\">Why</h2>\n")
        #expect(blocks[2].items == ["<li>a</li>\n", "<li>b</li>\n"])
        #expect(blocks[2].listOpening(from: 1) == "<ol start=\"4\">")
        #expect(blocks[3].listOpening(from: 0) == "<ul>")
        #expect(!blocks.map(\.html).joined().contains("secret"))
    }
}
