import Testing
import VistaMarkdown

/// A parallel build renders many pages at once; each must come out exactly as it
/// does alone.
@Suite struct ConcurrencyTests {
    /// Pages that use every extension, half of them without any `~`. Parsing touches
    /// cmark-gfm's shared state: pages with `~` parse one at a time, the others in
    /// parallel, and either kind would lose strikethrough or autolinks if that state
    /// were not kept race-free.
    static let pages: [String] = (0..<24).map { index in
        let strike = index.isMultiple(of: 2) ? "~~draft~~" : "**draft**"
        return """
            # Page \(index) \(strike)

            Saves \(strike) \(index + 1) hours, see www.example\(index).com and https://example.org/\(index)
            or mail team\(index)@example.com. [Task](tasks/t\(index).yaml) and ![chart](c\(index).png).

            | Item | \(strike) | New www.t\(index).org |
            |------|-----:|----:|
            | \(strike) | \(index) | https://x.org/\(index) |

            - [x] done \(strike)
            - [ ] open

            ```chart
            value: \(index)
            ```

            > ## Quote \(strike) www.q.com

            <div>raw \(index)</div>
            """
    }

    /// Renders a page with both hooks on, the way the site does.
    static func render(_ page: String) -> RenderedMarkdown {
        MarkdownRenderer().render(
            page,
            block: { "<figure data-line=\"\($0.line)\">\($0.body)</figure>" },
            link: { $0.url.hasSuffix(".yaml") ? "/" + $0.url.dropLast(5) + "/" : nil })
    }

    @Test func concurrentRenderingMatchesSerialRendering() async {
        let serial = Self.pages.map(Self.render)
        for (index, page) in serial.enumerated() {
            #expect(page.html.contains("<del>draft</del>") == index.isMultiple(of: 2))
            #expect(page.html.components(separatedBy: "<a href=\"http").count - 1 == 5)
            #expect(page.html.contains("<a href=\"mailto:team\(index)@example.com\">"))
        }

        let rounds = 200
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for round in 0..<rounds {
                group.addTask {
                    var mismatches = 0
                    for offset in 0..<Self.pages.count {
                        let index = (offset + round) % Self.pages.count
                        if Self.render(Self.pages[index]) != serial[index] { mismatches += 1 }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test func concurrentInlineAndPlainTextMatchSerial() async {
        let renderer = MarkdownRenderer()
        let texts = Self.pages.map { String($0.split(separator: "\n")[2]) }
        let serial = texts.map { renderer.renderInline($0) + "|" + renderer.plainText($0) }
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask { texts.map { renderer.renderInline($0) + "|" + renderer.plainText($0) } }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == serial })
    }
}
