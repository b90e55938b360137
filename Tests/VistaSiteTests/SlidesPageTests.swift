import Foundation
import Testing
@testable import VistaSite

/// A proposal's deck as built: its slides in order, the live figures, the speaker notes kept out
/// of every file and handed to the presenter view.
@Suite struct SlidesPageTests {
    static let example = SiteTestSupport.build(SiteTestSupport.exampleContent)
    static let deckFile = "proposals/reporting-task-force/slides/index.html"

    /// The `<section class="slide …">` opening tags of a deck, in order.
    static func slides(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"slide").dropFirst().map { "<section class=\"slide" + ($0.components(separatedBy: ">").first ?? "") + ">" }
    }

    @Test func theDeckHasATitleSlideTheSectionsTheMilestonesAndTheAsk() throws {
        let (report, site) = Self.example
        #expect(report.succeeded)
        let html = SiteTestSupport.read(site + "/" + Self.deckFile)
        let slides = Self.slides(html)
        #expect(slides.count >= 7)
        // Numbered in order, so that #3 opens the third.
        for (index, slide) in slides.enumerated() { #expect(slide.contains(" id=\"\(index + 1)\""), "\(slide)") }
        #expect(slides.first?.contains("slide-title") == true)
        #expect(slides.last?.contains("slide-ask") == true)
        #expect(slides.dropLast().last?.contains("slide-milestones") == true)
        // The body's four `##` sections, in order, each starting a slide of its own.
        let headings = html.components(separatedBy: "<h2>").dropFirst().map { ($0.components(separatedBy: "<").first ?? "").trimmingCharacters(in: .whitespaces) }
        let firsts = headings.enumerated().filter { index, heading in index == 0 || headings[index - 1] != heading }.map(\.element)
        #expect(firsts == ["Why now", "What changes", "What we ask", "How we measure", "Milestones", "The ask"])
        #expect(html.contains("Slide 1 of \(slides.count)"))
    }

    /// The title slide's figures are the hand-computed totals of the example (see ExampleSiteTests).
    @Test func theTitleSlideShowsTheHeadlineFigures() {
        let (_, site) = Self.example
        let html = SiteTestSupport.read(site + "/" + Self.deckFile)
        let title = html.components(separatedBy: "<section class=\"slide slide-body").first ?? ""
        for figure in ["<dd>$185,046</dd>", "<dd>$91,705</dd>", "<dd>$93,341 <span class=\"slide-pct\">−50.4\u{A0}%</span></dd>",
                       "<strong>Stephan Keller</strong>", "<time datetime=\"2026-02-16\">16 Feb 2026</time>"] {
            #expect(title.contains(figure), "\(figure)")
        }
    }

    @Test func theProposalPageLinksToItsSlides() {
        let (_, site) = Self.example
        let page = SiteTestSupport.read(site + "/proposals/reporting-task-force/index.html")
        #expect(page.contains("<a class=\"button secondary\" href=\"../../proposals/reporting-task-force/slides/index.html\">Present</a>"))
        let deck = SiteTestSupport.read(site + "/" + Self.deckFile)
        #expect(deck.contains("<a class=\"deck-back\" href=\"../../../proposals/reporting-task-force/index.html\">"))
        #expect(deck.contains("<link rel=\"stylesheet\" href=\"../../../assets/slides.css\">"))
    }

    /// Notes written anywhere in a proposal's body are in no file; the build hands them, by section, to the server.
    @Test func notesAreInNoFileButInTheReport() throws {
        let body = """
        ---
        title: Live berth plan instead of daily reports
        status: approved
        tasks: [daily-berth-report]
        ---
        ```notes
        Opening note, for the title slide.
        ```

        ## Why now

        The plan is live already.

        ```notes
        Say that the **displays** are already paid for.
        ```

        ## Next

        ```notes
        First note of the last section.
        ```

        Text.

        ```notes
        Second note of the last section.
        ```
        """
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["proposals/live-berth-plan.md": body + "\n"])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded, "\(report.diagnostics)")
        for file in SiteTestSupport.files(in: site) {
            let text = SiteTestSupport.read(site + "/" + file)
            for phrase in ["Opening note", "already paid for", "First note", "Second note"] {
                #expect(!text.contains(phrase), "\(file) holds the note '\(phrase)'")
            }
        }
        let notes = try #require(report.presenterNotes["proposals/live-berth-plan/slides/index.html"])
        #expect(notes == [0: "<p>Opening note, for the title slide.</p>\n",
                          1: "<p>Say that the <strong>displays</strong> are already paid for.</p>\n",
                          2: "<p>First note of the last section.</p>\n<p>Second note of the last section.</p>\n"])
        let deck = SiteTestSupport.read(site + "/proposals/live-berth-plan/slides/index.html")
        #expect(deck.contains("id=\"2\" data-section=\"1\""))
        #expect(deck.contains("id=\"3\" data-section=\"2\""))
    }
}
