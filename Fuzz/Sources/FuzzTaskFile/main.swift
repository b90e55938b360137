import FuzzDriver
@testable import VistaContent

/// The YAML loader for a task file: any bytes give a task or diagnostics (never a crash), every
/// diagnostic points into the file, and the cost model gives numbers for any task it accepts.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTaskFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = "tasks/fuzz.yaml"
    guard case .success(let source) = SourceText.decode(bytes(data, size), path: path) else { return 0 }
    let yaml = YAMLSource(file: path)
    let sink = DiagnosticSink()
    let lines = source.text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    switch yaml.compose(source.text) {
    case .failure(let diagnostic):
        sink.append(diagnostic)
    case .success(let node?):
        if let task = TaskAnalysis.load(node, id: "fuzz", source: yaml, sink: sink), !sink.hasErrors {
            let figures = CostModel(hourlyRate: task.hourlyRate ?? 50).figures(for: task)
            precondition(figures.current.costPerYear.isFinite || figures.current.costPerYear.isInfinite, "a cost that is not a number")
        }
    case .success(nil):
        break
    }
    for diagnostic in sink.diagnostics {
        precondition(diagnostic.location.file == path, "a diagnostic names another file: \(diagnostic)")
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1, "a diagnostic outside the file: \(diagnostic)")
    }
    return 0
}

runFuzzer(fuzzTaskFile)
