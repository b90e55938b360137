import Testing
@testable import VistaContent

@Suite struct CSVTableTests {
    func rows(_ text: String) -> [[String]] {
        (try? CSVTable.parse(text).get())?.rows.map { $0.map(\.text) } ?? [["<error>"]]
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let text = "period,\"cost, total\",note\n2026-01,\"12,400\",\"said \"\"hi\"\"\"\n2026-02,1,\"two\nlines\"\n"
        #expect(rows(text) == [["period", "cost, total", "note"], ["2026-01", "12,400", "said \"hi\""], ["2026-02", "1", "two\nlines"]])
    }

    @Test func crlfAndMissingFinalNewline() {
        #expect(rows("a,b\r\n1,2\r\n3,") == [["a", "b"], ["1", "2"], ["3", ""]])
    }

    @Test func cellsKnowTheirLineAfterAMultiLineField() {
        let table = try! CSVTable.parse("h,v\n\"x\ny\",1\nz,2\n").get()
        #expect(table.rows[2][0].line == 4)
        #expect(table.rows[2][1].column == 3)
        #expect(table.rows[1][1].line == 3)
    }

    @Test func blankLinesAreSkipped() {
        #expect(rows("a,b\n\n1,2\n\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func semicolonsAreDetectedFromTheHeader() {
        let table = try! CSVTable.parse("period;cost\n2026-01;5\n").get()
        #expect(table.separator == ";")
        #expect(table.rows[1].map(\.text) == ["2026-01", "5"])
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsStart() {
        guard case .failure(let error) = CSVTable.parse("a,b\n1,\"oops\n2,3\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2)
        #expect(error.column == 3)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        guard case .failure(let error) = CSVTable.parse("a,b\n\"x\"y,1\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2)
        #expect(error.column == 4)
    }
}
