import Foundation
import Testing
@testable import VistaContent

/// YAML mistakes that people make, told in their words at the place they made them.
@Suite struct YAMLWordingTests {
    /// The diagnostics of the clinic fixture with one file replaced; the temporary copy is removed.
    static func diagnostics(_ path: String, _ text: String) -> [String] {
        let folder = TestSupport.copy(of: "clinic", replacing: [path: text])
        defer { TestSupport.removeTemporary(folder) }
        // The first line of each (a hint follows on a line of its own).
        return TestSupport.diagnostics(of: folder).map { String($0.prefix { $0 != "\n" }) }
    }

    @Test func aTabIsToldAsATab() {
        let lines = Self.diagnostics("tasks/staff-rota.yaml", "title: Rota\n\towner: Ana\n")
        #expect(lines.contains("Content/tasks/staff-rota.yaml:2:1: error: a tab cannot indent YAML; use spaces"), "\(lines)")
    }

    @Test func aColonInsideATextAsksForQuotes() {
        let lines = Self.diagnostics("tasks/staff-rota.yaml", "title: Rota: the weekly plan\n")
        #expect(lines.contains { $0.hasPrefix("Content/tasks/staff-rota.yaml:1:12: error: put the text in quotes: it contains ': '") }, "\(lines)")
    }

    @Test func otherScannerErrorsKeepTheirPlace() {
        let lines = Self.diagnostics("tasks/staff-rota.yaml", "title: Rota\nowner: [Ana, Ben\n")
        #expect(lines.contains { $0.hasPrefix("Content/tasks/staff-rota.yaml:") && $0.contains("error: ") && !$0.contains("YAML syntax error") }, "\(lines)")
    }

    @Test func aListCutAtItsCommaWarnsAtTheCut() {
        let task = """
        title: Rota
        frequency: weekly
        effort_hours: 2
        questions:
          alternatives:
            - option: Nobody looks
              pros: [Less work]
              cons: [Wer nicht hinschaut, sieht nichts]
            - option: Two lists
              pros: [Faster, Cheaper]
              cons: ["Wer nicht hinschaut, sieht nichts"]
        """
        let lines = Self.diagnostics("tasks/staff-rota.yaml", task + "\n")
        let warnings = lines.filter { $0.contains("read as two items") }
        #expect(warnings == ["Content/tasks/staff-rota.yaml:8:35: warning: 'Wer nicht hinschaut, sieht nichts' is read as two items of `cons`: in [ ], a comma separates items"], "\(lines)")
    }
}
