import Testing
@testable import VistaCharts

/// Shortening labels: the longest prefix that fits with "…", in one pass over the text.
@Suite struct TextMetricsTests {
    /// The shortening as it was first written: remove a character, measure again.
    private func reference(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        guard TextMetrics.width(text, fontSize: fontSize) > maxWidth else { return text }
        var characters = Array(text)
        while !characters.isEmpty && TextMetrics.width(String(characters) + "…", fontSize: fontSize) > maxWidth {
            characters.removeLast()
        }
        while characters.last == " " { characters.removeLast() }
        return String(characters) + "…"
    }

    @Test func theSameLabelsAsRemovingOneCharacterAtATime() {
        let texts = ["Reporting cost per month", "Kosten für Berichte", "报告成本", "a b c d e f g", "W", "", "Ünïcödé 🙂 labels"]
        for text in texts {
            for maxWidth in stride(from: 0.0, through: 160, by: 3.5) {
                #expect(TextMetrics.truncate(text, maxWidth: maxWidth, fontSize: 12) == reference(text, maxWidth: maxWidth, fontSize: 12),
                        "\(text) at \(maxWidth)")
            }
        }
    }

    @Test func aMegabyteLabelIsShortenedAtOnce() {
        let label = String(repeating: "label ", count: 200_000)
        let start = ContinuousClock.now
        let short = TextMetrics.truncate(label, maxWidth: 200, fontSize: 12)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(short.hasSuffix("…") && short.count < 60)
    }
}
