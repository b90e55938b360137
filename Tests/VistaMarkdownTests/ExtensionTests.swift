import Testing
import VistaMarkdown

/// Every page gets the GFM extensions: tables, strikethrough, autolinks, the tag
/// filter and task lists.
@Suite struct ExtensionTests {
    let renderer = MarkdownRenderer()

    @Test func tablesRenderWithAlignment() {
        let markdown = "| Item | Hours |\n|:-----|------:|\n| Today | 18 |\n| After | *2* |\n"
        #expect(renderer.render(markdown).html == """
            <table>
            <thead>
            <tr>
            <th style="text-align: left">Item</th>
            <th style="text-align: right">Hours</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">Today</td>
            <td style="text-align: right">18</td>
            </tr>
            <tr>
            <td style="text-align: left">After</td>
            <td style="text-align: right"><em>2</em></td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func strikethroughRenders() {
        #expect(renderer.render("~~late~~ on time").html == "<p><del>late</del> on time</p>\n")
    }

    @Test func bareAddressesBecomeLinks() {
        let html = renderer.render("Visit www.example.com, https://example.org/a?b=1 or mail team@example.com.").html
        #expect(html == "<p>Visit <a href=\"http://www.example.com\">www.example.com</a>, <a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a> or mail <a href=\"mailto:team@example.com\">team@example.com</a>.</p>\n")
    }

    @Test func tagFilterEscapesDangerousTagsWhenRawHTMLIsAllowed() {
        let html = renderer.render("<xmp>\n\n<em>kept</em> <script>x</script> <textarea>", options: MarkdownOptions(unsafeHTML: true)).html
        #expect(html == "&lt;xmp>\n<p><em>kept</em> &lt;script>x&lt;/script> &lt;textarea></p>\n")
    }

    /// Each checkbox is named by its item's text: a `<label>` holds both (axe-core's `label` rule).
    @Test func taskListsRenderLabelledCheckboxes() {
        let html = renderer.render("- [ ] open\n- [x] done *now*\n").html
        #expect(html == "<ul>\n<li><label class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" /> open</label></li>\n<li><label class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" checked=\"\" /> done <em>now</em></label></li>\n</ul>\n")
        // A loose list, with paragraphs: the label sits inside the first one.
        let loose = renderer.render("- [x] first\n\n  more\n\n- [ ] second\n").html
        #expect(loose.contains("<li>\n<p><label class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" checked=\"\" /> first</label></p>\n<p>more</p>"))
        // In safe mode too, raw HTML inside the item is dropped and the label stays.
        #expect(renderer.render("- [ ] a <b>bold</b> item\n").html.contains("<label class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" /> a bold item</label>"))
    }

    @Test func extensionsWorkInsideHeadingsAndInlineText() {
        let rendered = renderer.render("## ~~Old~~ plan www.example.com")
        #expect(rendered.html == "<h2 id=\"old-plan-www-example-com\"><del>Old</del> plan <a href=\"http://www.example.com\">www.example.com</a></h2>\n")
        #expect(renderer.renderInline("~~no~~ yes") == "<del>no</del> yes")
    }
}
