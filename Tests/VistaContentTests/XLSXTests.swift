import Foundation
import Testing
@testable import VistaContent

/// `.xlsx` data, read from workbooks written by openpyxl (`Fixtures/xlsx/make-workbooks.py`):
/// sheets, ranges, dates, formulas' cached values, shared and inline strings, empty cells, and
/// diagnostics that name the file, the sheet and the cell.
@Suite struct XLSXTests {
    /// The clinic with `metrics/report-hours.yaml` reading a workbook.
    func load(_ yaml: String, workbook: String = "hours.xlsx") -> ContentLoader.Result {
        let folder = TestSupport.copy(of: "clinic", replacing: ["metrics/report-hours.yaml": yaml], removing: ["metrics/report-hours.csv"])
        try! FileManager.default.copyItem(atPath: TestSupport.fixture("xlsx") + "/" + workbook, toPath: folder + "/metrics/" + workbook)
        return ContentLoader(root: folder).load()
    }

    func errors(_ result: ContentLoader.Result) -> [String] {
        result.diagnostics.filter(\.isError).map { $0.formatted(contentFolder: "Content").components(separatedBy: "\n")[0] }
    }

    @Test func aSheetWithDatesFormulasAndGaps() throws {
        let result = load("title: Overtime\nunit: hours\ndata: hours.xlsx\nsheet: Overtime\n")
        #expect(errors(result).isEmpty, "\(result.diagnostics)")
        let metric = try #require(result.content?.metric("report-hours"))
        #expect(metric.dataFile == "metrics/hours.xlsx")
        #expect(metric.data.axisName == "month")
        // Month-end dates (31 Jan, 28 Feb, 31 Mar 2026) in a column with one date a month are months.
        #expect(metric.data.periods?.map(\.description) == ["2026-01", "2026-02", "2026-03"])
        #expect(metric.data.series.map(\.key) == ["hours", "overtime", "total"])
        #expect(metric.data.series[0].values == [120.5, 118, 101.25])
        #expect(metric.data.series[1].values == [10, nil, 6])
        // `=B2+C2` and so on, by the values the spreadsheet computed last.
        #expect(metric.data.series[2].values == [130.5, 118, 107.25])
    }

    @Test func aRangeInAnotherSheet() throws {
        let result = load("title: Teams\ndata: hours.xlsx\nsheet: Teams\nrange: F2:G4\n")
        #expect(errors(result).isEmpty, "\(result.diagnostics)")
        let metric = try #require(result.content?.metric("report-hours"))
        #expect(metric.data.isCategorical)
        #expect(metric.data.axis.labels == ["Treasury", "Controlling"])
        #expect(metric.data.series[0].values == [4, 7])
    }

    @Test func theFirstSheetByDefault() {
        // The first sheet, Notes, holds one column of text: not a table a metric can read.
        let result = load("title: Notes\ndata: hours.xlsx\n")
        #expect(errors(result) == ["Content/metrics/hours.xlsx: error: the header row of sheet 'Notes' needs a period column and at least one series column"])
    }

    @Test func aMissingSheetABadRangeAndABadCell() throws {
        let missing = load("title: H\ndata: hours.xlsx\nsheet: Overtme\n")
        #expect(errors(missing) == ["Content/metrics/report-hours.yaml:3:8: error: metrics/hours.xlsx has no sheet 'Overtme'; its sheets are: 'Notes', 'Overtime', 'Teams'"])
        #expect(missing.diagnostics.first(where: \.isError)?.hint == "did you mean 'Overtime'?")
        let range = load("title: H\ndata: hours.xlsx\nsheet: Overtime\nrange: A1-D4\n")
        #expect(errors(range) == ["Content/metrics/report-hours.yaml:4:8: error: bad range 'A1-D4': write the top-left and bottom-right cells, like A1:D40"])
        let cell = load("title: H\ndata: bad-cell.xlsx\n", workbook: "bad-cell.xlsx")
        #expect(errors(cell) == ["Content/metrics/bad-cell.xlsx:3:2: error: sheet 'Overtime' cell B3: bad value 'n/a' for 'hours': values are plain numbers like 12400 or 4.8"])
    }

    @Test func aFileThatIsNotAWorkbook() {
        let folder = TestSupport.copy(of: "clinic", replacing: ["metrics/report-hours.yaml": "title: H\ndata: hours.xlsx\n",
                                                               "metrics/hours.xlsx": "month,hours\n2026-01,3\n"],
                                      removing: ["metrics/report-hours.csv"])
        let result = ContentLoader(root: folder).load()
        #expect(errors(result) == ["Content/metrics/hours.xlsx: error: metrics/hours.xlsx is not an .xlsx workbook: it is not a ZIP file"])
    }

    @Test func cellAddressesAndDates() {
        #expect(CellAddress("B7") == CellAddress(row: 7, column: 2))
        #expect(CellAddress("$AA$10") == CellAddress(row: 10, column: 27))
        #expect(CellAddress("7B") == nil && CellAddress("ZZZZ1") == nil && CellAddress("A0") == nil)
        #expect(CellAddress(row: 3, column: 28).description == "AB3")
        // Serial 46053 is 31 January 2026; serial 1 is 1 January 1900; serial 61 is 1 March 1900.
        #expect(XLSXDates.text(serial: 46053, uses1904: false) == "2026-01-31")
        #expect(XLSXDates.text(serial: 1, uses1904: false) == "1900-01-01")
        #expect(XLSXDates.text(serial: 61.75, uses1904: false) == "1900-03-01")
        #expect(XLSXDates.text(serial: 0, uses1904: true) == "1904-01-01")
        #expect(XLSXDates.isDateFormat("yyyy-mm-dd") && XLSXDates.isDateFormat("[$-407]mmm yy"))
        #expect(!XLSXDates.isDateFormat("#,##0.00") && !XLSXDates.isDateFormat("0.0\" days\""))
    }

    /// Damaged workbooks: cut short, bytes changed, and offsets and sizes in the ZIP directory that
    /// point past the end. Each gives a table or an error that names the file, never a crash (the
    /// in-memory ZIP reader used to trap on an offset past the end: found by FuzzXLSX).
    @Test func damagedWorkbooksAreDiagnosticsNotCrashes() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("xlsx") + "/hours.xlsx")))
        func patched(_ offset: Int, _ value: UInt32) -> [UInt8] {
            var bytes = original
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
            return bytes
        }
        func offsets(of signature: [UInt8]) -> [Int] {
            (0...(original.count - 4)).filter { Array(original[$0..<($0 + 4)]) == signature }
        }
        let endRecord = try #require(offsets(of: [0x50, 0x4B, 0x05, 0x06]).last)
        let directory = offsets(of: [0x50, 0x4B, 0x01, 0x02])
        #expect(directory.count >= 5, "hours.xlsx has the parts of a workbook")
        let past = UInt32(original.count + 100_000)
        var variants: [(String, [UInt8])] = [("directory past the end", patched(endRecord + 16, past))]
        for (number, entry) in directory.enumerated() {
            variants.append(("part \(number) stored past the end", patched(entry + 42, past)))
            variants.append(("part \(number) with a huge packed size", patched(entry + 20, 0xFFFF_FFF0)))
            variants.append(("part \(number) with a huge unpacked size", patched(entry + 24, 0x7FFF_FFF0)))
        }
        for length in stride(from: 0, to: original.count, by: 61) {
            variants.append(("cut at \(length)", Array(original[..<length])))
        }
        for offset in stride(from: 0, to: original.count, by: 17) {
            var bytes = original
            bytes[offset] ^= 0xA5
            variants.append(("byte \(offset) changed", bytes))
        }
        // A deflate stream that never ends: ZIPFoundation's own extraction loops for ever on it.
        let endless = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("xlsx") + "/deflate-stream-without-end.xlsx")))
        variants.append(("a deflate stream without an end", endless))
        let folder = TestSupport.temporary.make()
        defer { TestSupport.temporary.remove(folder) }
        let path = folder + "/damaged.xlsx"
        var diagnosed = 0
        for (name, bytes) in variants {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let sink = DiagnosticSink()
            let table = XLSXWorkbook(path: path, file: "metrics/damaged.xlsx", sink: sink)?.table(sheet: nil, range: nil, sink: sink)
            #expect(table != nil || sink.hasErrors, "\(name): neither a table nor an error")
            #expect(sink.diagnostics.allSatisfy { $0.location.file == "metrics/damaged.xlsx" }, "\(name): \(sink.diagnostics)")
            if sink.hasErrors { diagnosed += 1 }
        }
        // The directory and offset damage cannot give a table, nor can the endless stream.
        #expect(diagnosed >= 2 + directory.count)
    }

    @Test func cellsOutsideExcelsLimitsAndSerialsThatAreNoDates() {
        #expect(CellAddress.isInside(row: 1_048_576, column: 16_384))
        #expect(!CellAddress.isInside(row: 1_048_577, column: 1) && !CellAddress.isInside(row: 0, column: 1))
        #expect(XLSXDates.isSerial(0) && XLSXDates.isSerial(2_958_465.5))
        #expect(!XLSXDates.isSerial(.nan) && !XLSXDates.isSerial(.infinity) && !XLSXDates.isSerial(-1) && !XLSXDates.isSerial(1e300))
    }
}
