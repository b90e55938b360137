import Testing
@testable import VistaMarkdown

/// Heading ids stay unique and the same as counting from 1, in linear time.
@Suite struct HeadingSluggerTests {
    /// The ids of a slugger that counts from 1 for every repeat, as the reference.
    private func reference(_ texts: [String]) -> [String] {
        var taken = Set<String>()
        return texts.map { text in
            let base = HeadingSlugger.slug(text)
            var candidate = base, counter = 0
            while taken.contains(candidate) { counter += 1; candidate = "\(base)-\(counter)" }
            taken.insert(candidate)
            return candidate
        }
    }

    @Test func repeatsAreNumberedAsBefore() {
        let texts = ["Why", "why", "Why 1", "why-1", "Why", "Cost & Risk", "cost risk", "Why", "why 2", "Why", "", "!", "Why"]
        var slugger = HeadingSlugger()
        #expect(texts.map { slugger.id(for: $0) } == reference(texts))
    }

    @Test func a100000RepeatsTakeLinearTime() {
        var slugger = HeadingSlugger()
        let start = ContinuousClock.now
        var last = ""
        for _ in 0..<100_000 { last = slugger.id(for: "Same heading") }
        #expect(last == "same-heading-99999")
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    /// ASCII headings are read by bytes; they get the slug that reading them scalar by scalar gives.
    @Test func asciiHeadingsGetTheSlugOfTheScalarReading() {
        let texts = ["Why", "  Cost & Risk!  ", "A--B__C", "x", "", "!!!", "Q3 2026: 40 h -> 20 h", "MiXeD CaSe 99",
                     "tab\there", "end-", "-start", "a.b/c", "Ä not ASCII"]
        for text in texts {
            let expected = HeadingSlugger.scalarSlug(text)
            if let ascii = HeadingSlugger.asciiSlug(text) {
                #expect((ascii.isEmpty ? "section" : ascii) == expected, "\(text)")
            } else {
                #expect(text.unicodeScalars.contains { !$0.isASCII }, "only a text that is not ASCII is read scalar by scalar")
            }
            #expect(HeadingSlugger.slug(text) == expected)
        }
    }

    /// The ids a page has already are avoided, and the slugger gives each only once.
    @Test func reservedIdsAreAvoided() {
        var slugger = HeadingSlugger(taken: ["why", "why-1"])
        #expect(slugger.id(for: "Why") == "why-2")
        #expect(slugger.id(for: "Why") == "why-3")
        #expect(slugger.id(for: "Cost") == "cost")
        #expect(slugger.id(for: "Cost") == "cost-1")
    }
}
