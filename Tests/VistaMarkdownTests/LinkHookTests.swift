import Testing
import VistaMarkdown

/// Link and image destinations go to the link hook, which may rewrite them.
@Suite struct LinkHookTests {
    let renderer = MarkdownRenderer()

    /// Rewrites content-relative YAML destinations the way the site does.
    static func pagePath(_ destination: LinkDestination) -> String? {
        guard destination.url.hasSuffix(".yaml") else { return nil }
        var path = String(destination.url.dropLast(5))
        while path.hasPrefix("../") { path.removeFirst(3) }
        return "/" + path + "/"
    }

    @Test func rewritesRelativeAndParentDestinations() {
        let markdown = "See [the task](tasks/x.yaml), [its parent](../tasks/y.yaml) and [a site](https://example.com)."
        let html = renderer.render(markdown, link: Self.pagePath).html
        #expect(html == "<p>See <a href=\"/tasks/x/\">the task</a>, <a href=\"/tasks/y/\">its parent</a> and <a href=\"https://example.com\">a site</a>.</p>\n")
    }

    @Test func rewritesImages() {
        var kinds: [LinkDestination.Kind] = []
        let html = renderer.render("![chart](images/a.png \"Title\")", link: { destination in
            kinds.append(destination.kind)
            return "/assets/" + destination.url
        }).html
        #expect(html == "<p><img src=\"/assets/images/a.png\" alt=\"chart\" title=\"Title\" /></p>\n")
        #expect(kinds == [.image])
    }

    @Test func referenceLinksGoThroughTheHookOncePerUse() {
        let markdown = "[full][ref], [collapsed][], [shortcut] and [full again][ref].\n\n[ref]: tasks/x.yaml\n[collapsed]: ../tasks/y.yaml\n[shortcut]: tasks/z.yaml \"Z\"\n"
        var urls: [String] = []
        let html = renderer.render(markdown, link: { destination in
            urls.append(destination.url)
            return Self.pagePath(destination)
        }).html
        #expect(urls == ["tasks/x.yaml", "../tasks/y.yaml", "tasks/z.yaml", "tasks/x.yaml"])
        #expect(html == "<p><a href=\"/tasks/x/\">full</a>, <a href=\"/tasks/y/\">collapsed</a>, <a href=\"/tasks/z/\" title=\"Z\">shortcut</a> and <a href=\"/tasks/x/\">full again</a>.</p>\n")
    }

    @Test func hookIsCalledOnceEachInDocumentOrder() {
        let markdown = """
            # Heading with [a](1)

            [![b](2)](3) and <https://four.example> and www.five.example

            | [c](6) | ![d](7) |
            |---|---|
            | [e](8) | x |

            > - [f](9)
            """
        var seen: [String] = []
        _ = renderer.render(markdown, link: { destination in
            seen.append(destination.url)
            return nil
        })
        #expect(seen == ["1", "3", "2", "https://four.example", "http://www.five.example", "6", "7", "8", "9"])
    }

    @Test func reportsLinesAndColumnsWithTheOffset() {
        let markdown = """
            First [a](a) line
            second ![b](b) line

            > quoted [c](c)
            > - listed [d](d)

            | head | [e](e) |
            |------|--------|
            | ![f](f) | cell |

            Bare https://g.example here
            and www.h.example there
            """
        var seen: [LinkDestination] = []
        _ = renderer.render(markdown, options: MarkdownOptions(lineOffset: 4), link: { destination in
            seen.append(destination)
            return nil
        })
        #expect(seen.map(\.url) == ["a", "b", "c", "d", "e", "f", "https://g.example", "http://www.h.example"])
        #expect(seen.map(\.line) == [5, 6, 8, 9, 11, 13, 15, 16])
        #expect(seen.map(\.column).prefix(6) == [7, 8, 10, 12, 10, 3])
        #expect(seen[6].column == 1, "no position from cmark: the paragraph's")
        #expect(seen.map(\.kind) == [.link, .image, .link, .link, .link, .image, .link, .link])
    }

    @Test func nilKeepsTheDestination() {
        let html = renderer.render("[a](tasks/x.yaml)", link: { _ in nil }).html
        #expect(html == "<p><a href=\"tasks/x.yaml\">a</a></p>\n")
    }

    @Test func destinationsAreDecodedForTheHookAndEncodedInTheOutput() {
        var urls: [String] = []
        let html = renderer.render("[a](<my file.yaml>) [b](a&amp;b\\(c\\).yaml)", link: { destination in
            urls.append(destination.url)
            return nil
        }).html
        #expect(urls == ["my file.yaml", "a&b(c).yaml"])
        #expect(html == "<p><a href=\"my%20file.yaml\">a</a> <a href=\"a&amp;b(c).yaml\">b</a></p>\n")
    }
}
