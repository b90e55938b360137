/// Collects the diagnostics of one file while it is read. Not shared between threads:
/// each file gets its own sink, and the loader merges them.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    /// Content paths read besides the file itself (a metric's CSV), so that a change to them reloads the file.
    private(set) var reads: [String] = []

    func read(_ path: String) { reads.append(path) }

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(location, message, hint: hint))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    var hasErrors: Bool { diagnostics.hasErrors }
}
