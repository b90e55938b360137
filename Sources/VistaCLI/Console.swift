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
        let shown = quiet ? diagnostics.filter(\.isError) : diagnostics
        guard !shown.isEmpty else { return }
        writeError(String(Console.text(of: shown, contentFolder: contentFolder, colour: colour).dropLast()))
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
