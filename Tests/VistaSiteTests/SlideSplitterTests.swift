import Foundation
import Testing
import VistaMarkdown
@testable import VistaSite

/// How a body is cut into slides: golden files of the slides of each fixture in
/// `Fixtures/slides/` (`RECORD_SNAPSHOTS=1 swift test` rewrites them), and the rules every cut
/// keeps whatever the golden files say.
@Suite struct SlideSplitterTests {
    static let cases = ["sections", "long-section", "long-list", "big-table", "charts"]

    /// A chart as the embed renderer draws it, 720 × 360 in its wide variant.
    static let chart = "<div class=\"vista-chart\"><svg class=\"vista-chart-svg vista-chart-wide\" viewBox=\"0 0 720 360\"></svg></div>"

    static func blocks(_ name: String) -> [MarkdownBlock] {
        let text = SiteTestSupport.read(SiteTestSupport.fixture("slides/\(name).md"))
        return MarkdownRenderer().renderBlocks(text, options: MarkdownOptions(headingIDs: false), block: { block in
            switch block.language {
            case "chart": return chart.replacingOccurrences(of: "<svg", with: "<svg data-line=\"\(block.line)\"")
            case "notes": return ""
            default: return nil
            }
        }).blocks
    }

    /// The slides as text: one header line per slide, then its heading and HTML.
    static func describe(_ deck: SlideSplitter.Deck) -> String {
        var text = ""
        for (index, slide) in deck.slides.enumerated() {
            text += "=== slide \(index + 1) · section \(slide.section)\(slide.continued ? " · continued" : "")\n"
            if !slide.heading.isEmpty { text += "## \(slide.heading)\n" }
            text += slide.html
        }
        text += "=== notes in sections \(deck.notesSections.map(String.init).joined(separator: ", "))\n"
        return text
    }

    @Test(arguments: cases)
    func slidesMatchTheirGoldenFile(_ name: String) {
        SiteTestSupport.assertSnapshot(Self.describe(SlideSplitter().split(Self.blocks(name))), named: "slides/\(name).txt")
    }

    /// Nothing is lost or repeated: the slides hold every block of the body but the headings and notes,
    /// each list item once and whole, a table and a chart whole.
    @Test(arguments: cases)
    func everyBlockIsOnExactlyOneSlide(_ name: String) {
        let blocks = Self.blocks(name)
        let html = SlideSplitter().split(blocks).slides.map(\.html).joined()
        for block in blocks {
            switch block.kind {
            case .heading(level: 2), .embed(language: "notes"): continue
            case .list: for item in block.items { #expect(html.components(separatedBy: item).count == 2, "\(name): \(item)") }
            default: #expect(html.components(separatedBy: block.html).count == 2, "\(name): \(block.html.prefix(60))")
            }
        }
    }

    @Test func sectionsFollowTheLevelTwoHeadings() {
        let deck = SlideSplitter().split(Self.blocks("sections"))
        #expect(deck.slides.map(\.section) == [0, 1, 2, 3])
        #expect(deck.slides.map(\.heading) == ["", "Why now", "What changes", "Empty section"])
        #expect(deck.slides.allSatisfy { !$0.continued })
        // The first note comes before any `##`: the title slide's; the second is in "Why now".
        #expect(deck.notesSections == [0, 1])
        #expect(!deck.slides.map(\.html).joined().contains("budget"))
    }

    @Test func aLongSectionGoesOnOverSeveralSlides() {
        let deck = SlideSplitter().split(Self.blocks("long-section"))
        #expect(deck.slides.count > 1)
        #expect(deck.slides.allSatisfy { $0.section == 1 && $0.heading == "A long section" })
        #expect(deck.slides.map(\.continued) == [false] + Array(repeating: true, count: deck.slides.count - 1))
    }

    /// A list is cut between items, and the part on the next slide keeps counting.
    @Test func aLongListIsCutBetweenItemsAndKeepsItsNumbers() throws {
        let deck = SlideSplitter().split(Self.blocks("long-list"))
        let steps = deck.slides.filter { $0.heading == "Steps" }
        #expect(steps.count >= 2)
        #expect(steps[0].html.contains("<ol start=\"3\">"))
        let second = try #require(steps.dropFirst().first)
        let next = 3 + steps[0].html.components(separatedBy: "<li>").count - 1
        #expect(second.html.hasPrefix("<ol start=\"\(next)\">"))
        for slide in steps { #expect(slide.html.components(separatedBy: "<li>").count == slide.html.components(separatedBy: "</li>").count) }
    }

    /// A table taller than a slide is never cut: it gets a slide of its own.
    @Test func aTableIsNeverCut() {
        let deck = SlideSplitter().split(Self.blocks("big-table"))
        let withTable = deck.slides.filter { $0.html.contains("<table") }
        #expect(withTable.count == 1)
        #expect(withTable.first.map { $0.html.contains("</table>") && !$0.html.contains("A short line") && !$0.html.contains("After the table") } == true)
    }

    /// A 720 × 360 chart drawn 1100 px wide takes a slide under its heading; a heading stays with what follows it.
    @Test func chartsTakeTheirOwnSlideAndHeadingsStayWithTheirText() {
        let deck = SlideSplitter().split(Self.blocks("charts"))
        for slide in deck.slides where slide.html.contains("vista-chart") {
            #expect(slide.html.hasPrefix("<div class=\"vista-chart\""), "a chart shares its slide: \(slide.html.prefix(80))")
        }
        for slide in deck.slides { #expect(!slide.html.hasSuffix("</h3>\n")) }
    }

    @Test func theEstimatesUseTheChartsProportions() {
        #expect(SlideSplitter.chartRatio(Self.chart) == 0.5)
        #expect(SlideSplitter.chartRatio("<p>no chart</p>") == nil)
        // The narrow drawing comes first in a chart's markup; the wide one's box is the one a slide shows.
        let both = "<svg class=\"vista-chart-narrow\" viewBox=\"0 0 360 400\"></svg><svg class=\"vista-chart-svg vista-chart-wide\" viewBox=\"0 0 800 200\"></svg>"
        #expect(SlideSplitter.chartRatio(both) == 0.25)
        #expect(SlideSplitter.chartRatio("<svg viewBox=\"0 0 400 300\"></svg>") == 0.75, "no wide drawing: the first box")
        #expect(SlideSplitter.chartRatio("<svg viewBox=\"0 0 400 300\"></svg><p class=\"vista-chart-wide\"></p>") == 0.75,
                "a wide mark with no box after it: the first box")
        #expect(SlideSplitter.chartRatio("<svg viewBox=\"0 0 0 300\"></svg>") == nil)
        #expect(SlideSplitter.chartRatio("<svg viewBox=\"") == nil)
        #expect(SlideSplitter.textLength("<p>A &amp; B</p>\n") == 6)
        #expect(SlideSplitter.inner("<h2 id=\"x\">A <em>b</em></h2>\n") == "A <em>b</em>")
    }
}
