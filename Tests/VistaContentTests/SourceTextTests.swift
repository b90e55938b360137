import Testing
@testable import VistaContent

@Suite struct SourceTextTests {
    @Test func byteOrderMarkAndCRLFAreNormalised() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\rc: 3\n".utf8)
        let text = try! SourceText.decode(bytes, path: "x.yaml").get()
        #expect(text.text == "a: 1\nb: 2\nc: 3\n")
    }

    @Test func invalidUTF8IsReportedWithLineAndColumn() {
        let bytes = Array("title: ok\nowner: M".utf8) + [0xFF] + Array("ller\n".utf8)
        guard case .failure(let diagnostic) = SourceText.decode(bytes, path: "tasks/x.yaml") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "tasks/x.yaml", line: 2, column: 9))
        #expect(diagnostic.message.contains("not valid UTF-8"))
    }

    @Test func aNulByteIsReported() {
        let bytes = Array("ab\ncd".utf8) + [0] + Array("e".utf8)
        guard case .failure(let diagnostic) = SourceText.decode(bytes, path: "vision.md") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.location.column == 3)
        #expect(diagnostic.message.contains("NUL"))
    }

    @Test func multiByteCharactersCountAsOneColumn() {
        let bytes = Array("é€".utf8) + [0xC3]
        guard case .failure(let diagnostic) = SourceText.decode(bytes, path: "a.md") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.location.column == 3)
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsWithTheBodyLine() {
        let split = try! FrontMatter.split("---\ntitle: A\nstatus: draft\n---\n# Body\n").get()
        #expect(split.yaml == "title: A\nstatus: draft\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "# Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func noFrontMatterKeepsTheWholeText() {
        let split = try! FrontMatter.split("# Just Markdown\n").get()
        #expect(split.yaml == nil)
        #expect(split.body == "# Just Markdown\n")
    }

    @Test func anUnclosedFrontMatterIsAnError() {
        #expect(throws: FrontMatter.Unclosed(line: 1)) { try FrontMatter.split("---\ntitle: A\n# Body\n").get() }
    }

    @Test func closingWithDotsAndTrailingSpaces() {
        let split = try! FrontMatter.split("--- \ntitle: A\n...\nbody").get()
        #expect(split.yaml == "title: A\n")
        #expect(split.body == "body")
    }
}
