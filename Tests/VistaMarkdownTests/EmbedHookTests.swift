import Testing
import VistaMarkdown

/// Fenced code blocks go to the embed hook, whose HTML replaces them verbatim.
@Suite struct EmbedHookTests {
    let renderer = MarkdownRenderer()

    /// An embed that names the block's language and line.
    static func figure(_ block: FencedCodeBlock) -> String? {
        block.language == "chart" || block.language == "kpi"
            ? "<figure class=\"\(block.language)\" data-line=\"\(block.line)\"><svg></svg></figure>" : nil
    }

    @Test func embedReplacesBlockAtTopLevelInSafeMode() {
        let html = renderer.render("Intro\n\n```chart\ntype: bar\n```\n\nAfter\n", block: Self.figure).html
        #expect(html == "<p>Intro</p>\n<figure class=\"chart\" data-line=\"3\"><svg></svg></figure>\n<p>After</p>\n")
    }

    @Test func embedReplacesBlockInsideListItems() {
        let markdown = "- first\n- ```kpi\n  value: 3\n  ```\n- last\n"
        let html = renderer.render(markdown, block: Self.figure).html
        #expect(html == """
            <ul>
            <li>first</li>
            <li>
            <figure class="kpi" data-line="2"><svg></svg></figure>
            </li>
            <li>last</li>
            </ul>

            """)
    }

    @Test func embedReplacesBlockInsideBlockQuotesAndNesting() {
        let markdown = "> ```chart\n> a: 1\n> ```\n\n1. > - ```kpi\n   >   b: 2\n   >   ```\n"
        let html = renderer.render(markdown, block: Self.figure).html
        #expect(html.contains("<blockquote>\n<figure class=\"chart\" data-line=\"1\"><svg></svg></figure>\n</blockquote>"))
        #expect(html.contains("<li>\n<figure class=\"kpi\" data-line=\"5\"><svg></svg></figure>\n</li>"))
        #expect(!html.contains("<pre>"))
    }

    @Test func embedHTMLIsWrittenVerbatimEvenWhenItIsRawHTML() {
        let embed = "<div data-x='1'><script type=\"application/json\">{\"a\": [1, 2]}</script></div>"
        let html = renderer.render("```chart\nx\n```\n", options: MarkdownOptions(unsafeHTML: false), block: { _ in embed }).html
        #expect(html == embed + "\n")
    }

    @Test func nilKeepsTheBlockAsCode() {
        let html = renderer.render("```swift\nlet x = 1 < 2\n```\n", block: Self.figure).html
        #expect(html == "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n")
    }

    @Test func emptyEmbedRemovesTheBlock() {
        let html = renderer.render("a\n\n```chart\nx\n```\n\nb\n", block: { _ in "" }).html
        #expect(html == "<p>a</p>\n<p>b</p>\n")
    }

    @Test func hookSeesEveryFencedBlockOnceInOrderWithItsLines() {
        let markdown = """
            # Title

            ```chart bar  "Sales"
            a: 1
            b: 2
            ```

            - item

              ~~~kpi
              k: 3
              ~~~

            > ```
            > plain
            > ```

                indented code is not offered

            ```swift
            ```
            """
        var seen: [FencedCodeBlock] = []
        _ = renderer.render(markdown, options: MarkdownOptions(lineOffset: 10)) { block in
            seen.append(block)
            return nil
        }
        #expect(seen == [
            FencedCodeBlock(language: "chart", info: "chart bar  \"Sales\"", body: "a: 1\nb: 2\n", line: 13, column: 1),
            FencedCodeBlock(language: "kpi", info: "kpi", body: "k: 3\n", line: 20, column: 3),
            FencedCodeBlock(language: "", info: "", body: "plain\n", line: 24, column: 3),
            FencedCodeBlock(language: "swift", info: "swift", body: "", line: 30, column: 1),
        ])
        #expect(seen.map(\.bodyLine) == [14, 21, 25, 31])
    }

    @Test func lineOffsetDefaultsToTheBodyLines() {
        var lines: [Int] = []
        _ = renderer.render("\n\n\n```chart\nx\n```\n") { block in
            lines.append(block.line)
            return nil
        }
        #expect(lines == [4])
    }

    @Test func infoStringEscapesAreResolved() {
        var info = ""
        _ = renderer.render("``` kpi\\_x&amp;y tab\n```\n") { block in
            info = block.info
            return nil
        }
        #expect(info == "kpi_x&y tab")
    }
}
