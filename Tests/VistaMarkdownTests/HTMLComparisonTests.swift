import Testing

/// The comparison helpers must be right for the conformance results to mean anything.
@Suite struct HTMLComparisonTests {
    @Test func removesOnlyHeadingIDs() {
        let html = "<h2 id=\"a-b\">A <em>b</em></h2>\n<p id=\"x\">t</p>\n<hr />\n<h6 id=\"z\">z</h6>\n"
        #expect(HTMLComparison.removingHeadingIDs(html)
            == "<h2>A <em>b</em></h2>\n<p id=\"x\">t</p>\n<hr />\n<h6>z</h6>\n")
    }

    @Test func normalisesAttributeOrderAndSelfClosing() {
        #expect(HTMLComparison.normalized("<li><input type=\"checkbox\" disabled=\"\" /> foo</li>")
            == HTMLComparison.normalized("<li><input disabled=\"\" type=\"checkbox\"> foo</li>"))
        #expect(HTMLComparison.normalized("<a href=\"x\">y</a>") != HTMLComparison.normalized("<a href=\"z\">y</a>"))
        #expect(HTMLComparison.normalized("a < b") == "a < b")
    }

    @Test func tagFilterEscapesOnlyFilteredTags() {
        #expect(HTMLComparison.tagFiltered("<script>x</SCRIPT>\n<strong><title>")
            == "&lt;script>x&lt;/SCRIPT>\n<strong>&lt;title>")
        #expect(HTMLComparison.tagFiltered("<scripts>") == "<scripts>")
    }

    @Test func removesAnchorsKeepingText() {
        #expect(HTMLComparison.removingAnchors("<p>a </a><a href=\"u\">b</a> c</p>") == "<p>a b c</p>")
    }
}
