#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VistaContent

/// Writes to the terminal: diagnostics and errors to standard error, progress to standard output.
/// Colour only on a terminal and never when `NO_COLOR` is set.
struct Console {
    var quiet = false

    private var colour: Bool {
        getenv("NO_COLOR") == nil && isatty(STDERR_FILENO) != 0
    }

    func print(_ diagnostics: [Diagnostic], contentFolder: String) {
        for diagnostic in diagnostics where !(quiet && !diagnostic.isError) {
            var text = diagnostic.formatted(contentFolder: contentFolder)
            if colour {
                let label = diagnostic.isError ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;33mwarning:\u{1B}[0m"
                text = text.replacingFirst(diagnostic.isError ? "error:" : "warning:", with: label)
            }
            writeError(text)
        }
    }

    func error(_ message: String) { writeError(message) }

    func info(_ message: String) {
        guard !quiet else { return }
        Swift.print(message)
    }

    private func writeError(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func seconds(_ value: Double) -> String {
        value < 1 ? "\(Int((value * 1000).rounded())) ms" : "\(Double(Int(value * 100)) / 100) s"
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
