import FuzzDriver
import VistaContent

/// The CSV reader: any text parses or fails with a line and column inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    let lineCount = text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? 1 : 0) }
    switch CSVTable.parse(text) {
    case .success(let table):
        for row in table.rows {
            precondition(!row.isEmpty, "an empty row")
            for cell in row { precondition(cell.line >= 1 && cell.line <= lineCount && cell.column >= 1, "a cell outside the text") }
        }
    case .failure(let error):
        precondition(error.line >= 1 && error.line <= lineCount && error.column >= 1, "an error outside the text")
    }
    return 0
}

runFuzzer(fuzzCSV)
