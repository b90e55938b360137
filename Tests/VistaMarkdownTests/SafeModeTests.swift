import Testing
import VistaMarkdown

/// Raw HTML and dangerous destinations are removed unless the options allow them.
@Suite struct SafeModeTests {
    let renderer = MarkdownRenderer()
    let safe = MarkdownOptions()
    let unsafe = MarkdownOptions(unsafeHTML: true)

    @Test func htmlBlocksAreRemovedNotEscapedOrCommented() {
        let markdown = "<script>alert('x')</script>\n\nText\n\n<div onclick=\"evil()\">\nblock\n</div>\n\n<!-- note -->\n"
        let html = renderer.render(markdown, options: safe).html
        #expect(html == "<p>Text</p>\n")
        #expect(!html.contains("script"))
        #expect(!html.contains("alert"))
        #expect(!html.contains("omitted"))
    }

    @Test func inlineHTMLIsRemoved() {
        let html = renderer.render("An <img src=x onerror=alert(1)> image and <b>bold</b> text", options: safe).html
        #expect(html == "<p>An  image and bold text</p>\n")
        #expect(!html.contains("onerror"))
    }

    @Test func rawHTMLInsideListsAndQuotesIsRemoved() {
        let html = renderer.render("- <script>x()</script>\n\n> <iframe src=a></iframe>\n", options: safe).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("<li>"))
        #expect(html.contains("<blockquote>"))
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let markdown = "<div class=\"note\">\nblock\n</div>\n\nAn <img src=x onerror=alert(1)> image\n"
        let html = renderer.render(markdown, options: unsafe).html
        #expect(html == "<div class=\"note\">\nblock\n</div>\n<p>An <img src=x onerror=alert(1)> image</p>\n")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=", "&#106;avascript:alert(1)",
    ])
    func dangerousLinkDestinationsAreEmptied(destination: String) {
        let html = renderer.render("[click](\(destination))", options: safe).html
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }

    @Test func dangerousAutolinkIsEmptied() {
        let html = renderer.render("<javascript:alert(1)>", options: safe).html
        #expect(html == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    }

    @Test func imageDataURLsAreKeptOthersEmptied() {
        let png = "data:image/png;base64,iVBORw0KGgo="
        let html = renderer.render("![dot](\(png)) ![svg](data:image/svg+xml;base64,PHN2Zz4=)", options: safe).html
        #expect(html.contains("<img src=\"\(png)\" alt=\"dot\" />"))
        #expect(html.contains("<img src=\"\" alt=\"svg\" />"))
    }

    @Test func dangerousDestinationsPassWhenAllowed() {
        let html = renderer.render("[click](javascript:alert(1))", options: unsafe).html
        #expect(html == "<p><a href=\"javascript:alert(1)\">click</a></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x"])
    func linkHookCannotReintroduceDangerousDestinations(returned: String) {
        let html = renderer.render("[a](tasks/x.yaml) ![b](i.png)", options: safe, link: { _ in returned }).html
        #expect(html == "<p><a href=\"\">a</a> <img src=\"\" alt=\"b\" /></p>\n")
    }

    @Test func linkHookDestinationsAreEscapedNotInjected() {
        let html = renderer.render("[a](x)", options: safe, link: { _ in "\" onclick=\"evil()" }).html
        #expect(!html.contains("\" onclick"))
        #expect(html.contains("href=\"%22%20onclick=%22evil()\""))
        let spaced = renderer.render("[a](x)", options: safe, link: { _ in " javascript:alert(1)" }).html
        #expect(spaced.contains("href=\"%20javascript:alert(1)\""), "a leading space makes it a relative path")
    }

    @Test func linkHookMayReturnDangerousDestinationsWhenAllowed() {
        let html = renderer.render("[a](x)", options: unsafe, link: { _ in "javascript:void(0)" }).html
        #expect(html == "<p><a href=\"javascript:void(0)\">a</a></p>\n")
    }
}
