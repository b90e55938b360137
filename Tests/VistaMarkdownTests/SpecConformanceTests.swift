import Testing
@testable import VistaMarkdown

/// The GitHub Flavored Markdown spec shipped with cmark-gfm, run through Vista's
/// renderer with raw HTML allowed and the hooks off. Every example is checked.
///
/// Heading ids are Vista's own addition, so headings are compared with the ids taken
/// out (and a second run checks that switching ids off gives cmark's HTML as is).
/// Output that differs from the spec only in attribute order or a self-closing `/`
/// passes after normalising, as in cmark's test suite; task-list checkboxes are wrapped in
/// a `<label>` with their text (an accessible name); table alignment is a `style` where the
/// spec has the obsolete `align` attribute.
@Suite(.timeLimit(.minutes(10))) struct SpecConformanceTests {
    let renderer = MarkdownRenderer()

    /// The extensions the spec means for an example: those its fence names, as
    /// cmark-gfm's own spec run does. The two `disabled` examples are task lists,
    /// which need Vista's full set.
    static func extensions(for example: SpecExample) -> MarkdownExtensions {
        example.tags.contains("disabled") ? .all : MarkdownExtensions(names: example.tags)
    }

    /// The rendered HTML for one example, heading ids removed when they are on.
    func html(_ example: SpecExample, extensions: MarkdownExtensions, headingIDs: Bool) -> String {
        var options = MarkdownOptions(unsafeHTML: true, headingIDs: headingIDs)
        options.extensions = extensions
        let html = renderer.render(example.markdown, options: options).html
        return headingIDs ? HTMLComparison.removingHeadingIDs(html) : html
    }

    /// Whether rendered HTML matches the spec, exactly or after normalising.
    static func matches(_ actual: String, _ expected: String) -> Bool {
        actual == expected || HTMLComparison.normalized(actual) == HTMLComparison.normalized(expected)
    }

    /// Whether rendered HTML matches the spec once the task list labels are taken out.
    static func matchesButForTaskLabels(_ actual: String, _ expected: String) -> Bool {
        actual != HTMLComparison.withoutTaskLabels(actual) && matches(HTMLComparison.withoutTaskLabels(actual), expected)
    }

    /// Whether rendered HTML matches the spec once table alignment is written the spec's way.
    static func matchesButForAlignment(_ actual: String, _ expected: String) -> Bool {
        actual != HTMLComparison.alignmentAsAttribute(actual) && matches(HTMLComparison.alignmentAsAttribute(actual), expected)
    }

    @Test func specHasAllItsExamples() {
        #expect(GFMSpec.examples.count > 600)
        #expect(GFMSpec.examples.count(where: { $0.tags.contains("table") }) == 8)
    }

    @Test(arguments: [true, false])
    func everyExampleMatchesWithTheExtensionsItNames(headingIDs: Bool) {
        var exact = 0, normalized = 0, aligned = 0, labelled = 0
        for example in GFMSpec.examples {
            let actual = html(example, extensions: Self.extensions(for: example), headingIDs: headingIDs)
            if actual == example.html {
                exact += 1
            } else if Self.matches(actual, example.html) {
                normalized += 1
            } else if Self.matchesButForTaskLabels(actual, example.html) {
                labelled += 1
            } else if Self.matchesButForAlignment(actual, example.html) {
                aligned += 1
            } else {
                Issue.record("\(example) differs.\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)")
            }
        }
        #expect(exact + normalized + aligned + labelled == GFMSpec.examples.count)
        #expect(normalized == 0)
        #expect(labelled == 2, "only the two task-list examples differ: by their labels")
        #expect(aligned == GFMSpec.examples.count(where: { $0.html.contains(" align=\"") }))
        #expect(aligned >= 1)
        #expect(GFMSpec.examples.count > 600)
    }

    /// Vista always renders with every extension on. Then a few core examples change
    /// as the extensions say they must: the tag filter escapes `<script>`, `<style>`
    /// and friends, and bare URLs and addresses become links. Every example either
    /// still matches, or differs by exactly that.
    @Test func everyExampleWithAllExtensionsDiffersOnlyByWhatTheExtensionsDo() {
        var matching = 0, tagFiltered = 0, autolinked = 0
        for example in GFMSpec.examples {
            let actual = html(example, extensions: .all, headingIDs: true)
            if Self.matches(actual, example.html) || Self.matchesButForAlignment(actual, example.html)
                || Self.matchesButForTaskLabels(actual, example.html) {
                matching += 1
            } else if actual == HTMLComparison.tagFiltered(example.html) {
                tagFiltered += 1
            } else if !example.html.contains("<a "), HTMLComparison.removingAnchors(actual) == example.html {
                autolinked += 1
            } else {
                Issue.record("\(example) differs beyond the extensions.\n--- expected\n\(example.html)--- actual\n\(actual)")
            }
        }
        #expect(matching + tagFiltered + autolinked == GFMSpec.examples.count)
        #expect(tagFiltered == 5)
        #expect(autolinked == 5)
    }
}
