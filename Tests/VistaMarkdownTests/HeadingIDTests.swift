import Testing
import VistaMarkdown

/// Every heading gets a unique id from its text, without disturbing its markup.
@Suite struct HeadingIDTests {
    let renderer = MarkdownRenderer()

    @Test func idsAreSlugsOfTheText() {
        let rendered = renderer.render("# Cost & Risk\n\n## Überblick 2025!\n\n### C++ / Swift\n\n#### 日本語 の テスト\n\n##### Already-dashed -- text\n")
        #expect(rendered.headings.map(\.id) == ["cost-risk", "überblick-2025", "c-swift", "日本語-の-テスト", "already-dashed-text"])
    }

    @Test func idsAreUniqueWithinADocument() {
        let rendered = renderer.render("# Intro\n\n## Intro\n\n## Intro 1\n\n### intro\n\n#\n\n# !!!\n")
        let ids = rendered.headings.map(\.id)
        #expect(ids == ["intro", "intro-1", "intro-1-1", "intro-2", "section", "section-1"])
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(rendered.html.contains(" id=\"\(id)\">"))
        }
    }

    @Test func inlineMarkupInsideHeadingsIsKept() {
        let html = renderer.render("# Hello *big* `World` [link](x.yaml) a&amp;b <em>raw</em>\n", options: MarkdownOptions(unsafeHTML: true)).html
        #expect(html == "<h1 id=\"hello-big-world-link-a-b-raw\">Hello <em>big</em> <code>World</code> <a href=\"x.yaml\">link</a> a&amp;b <em>raw</em></h1>\n")
    }

    @Test func headingsListLevelsTextAndIds() {
        let rendered = renderer.render("Title\n=====\n\nSub *title*\nacross lines\n---\n\n> ### Quoted\n\n- #### In a list\n")
        #expect(rendered.headings == [
            MarkdownHeading(level: 1, text: "Title", id: "title"),
            MarkdownHeading(level: 2, text: "Sub title across lines", id: "sub-title-across-lines"),
            MarkdownHeading(level: 3, text: "Quoted", id: "quoted"),
            MarkdownHeading(level: 4, text: "In a list", id: "in-a-list"),
        ])
        #expect(rendered.html == """
            <h1 id="title">Title</h1>
            <h2 id="sub-title-across-lines">Sub <em>title</em>
            across lines</h2>
            <blockquote>
            <h3 id="quoted">Quoted</h3>
            </blockquote>
            <ul>
            <li>
            <h4 id="in-a-list">In a list</h4>
            </li>
            </ul>

            """)
    }

    @Test func idsCanBeSwitchedOff() {
        let rendered = renderer.render("# A *b*\n\n## A b\n", options: MarkdownOptions(headingIDs: false))
        #expect(rendered.html == "<h1>A <em>b</em></h1>\n<h2>A b</h2>\n")
        #expect(rendered.headings.map(\.id) == ["a-b", "a-b-1"])
    }

    @Test func hooksStillSeeLinksInsideHeadings() {
        var urls: [String] = []
        let html = renderer.render("## See [task](tasks/x.yaml)\n", link: { destination in
            urls.append(destination.url)
            return "/tasks/x/"
        }).html
        #expect(urls == ["tasks/x.yaml"])
        #expect(html == "<h2 id=\"see-task\">See <a href=\"/tasks/x/\">task</a></h2>\n")
    }
}

/// Ids the page already uses are never given to a heading.
@Suite struct ReservedHeadingIDTests {
    @Test func reservedIDsAreAvoided() {
        let options = MarkdownOptions(reservedIDs: ["main", "details"])
        let rendered = MarkdownRenderer().render("# Main\n\n## Details\n\n## Other\n", options: options)
        #expect(rendered.headings.map(\.id) == ["main-1", "details-1", "other"])
        #expect(rendered.html.contains("<h1 id=\"main-1\">Main</h1>"))
    }
}
