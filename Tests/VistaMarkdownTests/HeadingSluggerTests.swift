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
}
