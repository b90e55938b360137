import Foundation
import FuzzDriver
@testable import VistaContent

/// Where each input is written: the reader opens workbooks from their file, as a build does.
let workbookPath = NSTemporaryDirectory() + "vista-fuzz-\(ProcessInfo.processInfo.processIdentifier).xlsx"

/// The `.xlsx` reader: the input is the bytes of a workbook. Any input gives a table or
/// diagnostics that name the workbook, and the table a metric reads from it has series as long as
/// its axis.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = "metrics/fuzz.xlsx"
    guard FileManager.default.createFile(atPath: workbookPath, contents: Data(bytes(data, size))) else {
        fatalError("could not write \(workbookPath)")
    }
    let sink = DiagnosticSink()
    if let workbook = XLSXWorkbook(path: workbookPath, file: file, sink: sink),
       let table = workbook.table(sheet: nil, range: nil, sink: sink),
       let rows = table.dataRows(sink: sink) {
        let metric = MetricTable.build(axisName: rows.axisName, rows: rows.rows, file: file, sink: sink)
        for series in metric.series {
            precondition(series.values.count == metric.axis.count, "a series with another number of values than the axis")
        }
    }
    for diagnostic in sink.diagnostics {
        precondition(diagnostic.location.file == file, "a diagnostic names another file: \(diagnostic)")
    }
    return 0
}

runFuzzer(fuzzXLSX)
