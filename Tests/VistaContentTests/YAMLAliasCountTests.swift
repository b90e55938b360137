import Testing
@testable import VistaContent

/// The alias count that stops "billion laughs" YAML before Yams expands it, and never counts Markdown.
@Suite struct YAMLAliasCountTests {
    /// Anchors ten levels deep, ten aliases each: 10^9 values in a few lines.
    static let laughs: String = {
        var text = "title: Laughs\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text + "? *l9\n: 1\n? *l8\n: 2\n"
    }()

    @Test func billionLaughsAreStoppedAtTheFirstAliasPastTheMaximum() {
        #expect(YAMLAliasCount.lineBeyondMaximum(Self.laughs) == 6)
        let result = YAMLSource(file: "tasks/x.yaml").compose(Self.laughs)
        guard case .failure(let diagnostic) = result else { Issue.record("composed"); return }
        #expect(diagnostic.description.hasPrefix("tasks/x.yaml:6:1: error: the YAML uses more than 30 aliases (*name); Vista reads at most 30\n"))
    }

    @Test func aFewAliasesAreFine() {
        let text = "pros: &p [Faster, Cheaper]\nalternatives:\n  - {option: A, pros: *p}\n  - option: B\n    pros: *p\n"
        #expect(YAMLAliasCount.lineBeyondMaximum(text) == nil)
        guard case .success(let node?) = YAMLSource(file: "x.yaml").compose(text) else { Issue.record("not composed"); return }
        #expect(node["alternatives"]?[1]?["pros"]?[0]?.string == "Faster")
    }

    @Test func markdownEmphasisAndBulletsAreNotAliases() {
        let bullets = Array(repeating: "  * a bullet with *emphasis*", count: 40).joined(separator: "\n")
        let texts = [
            "why: |\n" + bullets + "\nwho: Sales\n",
            "why: >-\n" + bullets + "\n",
            "alternatives:\n  - option: A\n    pros:\n      - |\n" + bullets.replacingOccurrences(of: "  *", with: "        *") + "\n",
            "why: \"" + String(repeating: "*a ", count: 40) + "\"\n",
            "why: '" + String(repeating: "*a ", count: 40) + "'\n",
            "why: it is " + String(repeating: "*really* ", count: 40) + "needed\n",
            "# " + String(repeating: "*a ", count: 40) + "\ntitle: x\n",
        ]
        for text in texts { #expect(YAMLAliasCount.lineBeyondMaximum(text) == nil, "\(text.prefix(60))") }
    }

    @Test func aliasesInFlowAndBlockPositionsAreCounted() {
        let flow = "a: &a x\nb: [" + Array(repeating: "*a", count: 31).joined(separator: ", ") + "]\n"
        #expect(YAMLAliasCount.lineBeyondMaximum(flow) == 2)
        let block = "a: &a x\nb:\n" + Array(repeating: "  - *a", count: 31).joined(separator: "\n") + "\n"
        #expect(YAMLAliasCount.lineBeyondMaximum(block) == 33)
        let afterBlock = "why: |\n  * x\nb:\n" + Array(repeating: "  - *a", count: 31).joined(separator: "\n") + "\n"
        #expect(YAMLAliasCount.lineBeyondMaximum(afterBlock) == 34)
    }
}
