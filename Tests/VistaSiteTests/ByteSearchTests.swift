import Foundation
import Testing
@testable import VistaSite

/// Splitting and counting by bytes gives what Foundation gives for the ASCII markup Vista looks for.
@Suite struct ByteSearchTests {
    static let texts = ["", "<tr>", "<tr><td>a</td></tr><tr><td>b</td></tr>", "no rows", "<tr<tr", "x<tr", "<tr>é<tr>日本<tr>",
                        "<table><tr><th>A</th><td>1</td></tr></table>", "<t<t<t", "tr<"]

    @Test(arguments: texts)
    func splitIsComponentsSeparatedBy(_ text: String) {
        #expect(ByteSearch.split(text, at: "<tr") == text.components(separatedBy: "<tr"))
        #expect(ByteSearch.split(text, at: "<t") == text.components(separatedBy: "<t"))
        #expect(ByteSearch.split(text, at: "</tr>") == text.components(separatedBy: "</tr>"))
    }

    @Test(arguments: texts)
    func countIsTheNumberOfSeparators(_ text: String) {
        #expect(ByteSearch.count("<tr", in: text) == text.components(separatedBy: "<tr").count - 1)
        #expect(ByteSearch.count("<t", in: text) == text.components(separatedBy: "<t").count - 1)
    }

    @Test func countsDoNotOverlap() {
        #expect(ByteSearch.count("aa", in: "aaaa") == 2)
        #expect(ByteSearch.count("aa", in: "aaa") == 1)
    }
}
