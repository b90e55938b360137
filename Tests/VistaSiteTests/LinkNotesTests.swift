import Testing
@testable import VistaSite

@Suite struct LinkNotesTests {
    @Test func notesFollowTheLinksTheyNumberInOrderOfFirstAppearance() {
        var notes = LinkNotes()
        let html = ##"<p>Sé <a href="../a/">Ä</a>, <a href="https://x.example/?q=1&amp;r=2">x</a> and <a href="../a/">again</a> <a href="#top">top</a></p>"##
        let links = ["../a/": "https://site.example/a/", "https://x.example/?q=1&r=2": "https://x.example/?q=1&r=2"]
        #expect(notes.annotate(html, links: links) == ##"<p>Sé <a href="../a/">Ä</a><sup class="link-note">1</sup>, <a href="https://x.example/?q=1&amp;r=2">x</a><sup class="link-note">2</sup> and <a href="../a/">again</a><sup class="link-note">1</sup> <a href="#top">top</a></p>"##)
        #expect(notes.addresses == ["https://site.example/a/", "https://x.example/?q=1&r=2"])
        // A second text on the same page goes on numbering.
        #expect(notes.annotate(#"<a href="../b/">b</a>"#, links: ["../b/": "https://site.example/b/"]) == #"<a href="../b/">b</a><sup class="link-note">3</sup>"#)
    }

    @Test func htmlWithoutNotedLinksIsReturnedAsItIs() {
        var notes = LinkNotes()
        let html = "<p>a <a href=\"x\">unclosed</p> <a href=\"y"
        #expect(notes.annotate(html, links: [:]) == html)
        #expect(notes.annotate(html, links: ["z": "z"]) == html)
        #expect(notes.addresses.isEmpty)
    }

    @Test func embedsReplaceTheirPlaceholdersOnceEach() {
        let html = "<p>ü</p>\n\u{1}vista-embed-1\u{1}\n<p>\u{1}vista-embed-0\u{1}</p>\u{1}vista-embed-7\u{1}\u{1}vista-embed-\u{1}\u{1}"
        let filled = MarkdownPipeline.filling(html, with: ["<figure>A</figure>\n", "<figure>B</figure>"])
        #expect(filled == "<p>ü</p>\n<figure>B</figure>\n<p><figure>A</figure></p>\u{1}vista-embed-7\u{1}\u{1}vista-embed-\u{1}\u{1}")
    }
}
