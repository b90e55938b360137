import FuzzDriver
@testable import VistaContent

/// The YAML loader for a metric file with a CSV beside it: the input is the YAML, then a NUL
/// byte, then the CSV (`data: fuzz.csv` reads it). Any input gives a metric or diagnostics, and
/// the figures of any metric it accepts compute.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMetricFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = bytes(data, size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let path = "metrics/fuzz.yaml"
    guard case .success(let source) = SourceText.decode(Array(bytes[..<split]), path: path) else { return 0 }
    let csvBytes = split < bytes.count ? Array(bytes[(split + 1)...]) : []
    let yaml = YAMLSource(file: path)
    let sink = DiagnosticSink()
    guard case .success(let node?) = yaml.compose(source.text) else { return 0 }
    let files = DataFiles(readText: { csvPath in
        guard csvPath == "metrics/fuzz.csv" else { return .failure(.missing) }
        return SourceText.decode(csvBytes, path: csvPath).mapError { FileReadFailure.invalid($0) }
    }, filePath: { _ in .failure(.missing) })
    let metric = Metric.load(node, id: "fuzz", source: yaml, sink: sink, files: files)
    if let metric, !sink.hasErrors {
        for series in metric.data.series {
            precondition(series.values.count == metric.data.axis.count, "a series with another number of values than the axis")
            _ = metric.figures(series: series.key)
        }
    }
    for diagnostic in sink.diagnostics {
        precondition(diagnostic.location.file == path || diagnostic.location.file == "metrics/fuzz.csv", "a diagnostic names another file: \(diagnostic)")
    }
    return 0
}

runFuzzer(fuzzMetricFile)
