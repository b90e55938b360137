#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VistaContent

extension Console {
    /// A folder as the user named it, with one trailing slash: `Content/`.
    static func folder(_ path: String) -> String { path.hasSuffix("/") ? path : path + "/" }

    /// Whether standard output is a terminal that takes colour (never with `NO_COLOR`).
    static var colourOnStandardOutput: Bool { getenv("NO_COLOR") == nil && isatty(STDOUT_FILENO) != 0 }

    /// Diagnostics as text lines for standard output, coloured on a terminal.
    static func text(of diagnostics: [Diagnostic], contentFolder: String, colour: Bool) -> String {
        var lines = ""
        for diagnostic in diagnostics {
            var text = diagnostic.formatted(contentFolder: contentFolder)
            if colour {
                let label = diagnostic.isError ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;33mwarning:\u{1B}[0m"
                text = text.replacingFirst(diagnostic.isError ? "error:" : "warning:", with: label)
            }
            lines += text + "\n"
        }
        return lines
    }

    /// Runs work that may take a while; when it takes over a second, says so on one line until it is done.
    func progress<T>(_ message: String, _ work: () throws -> T) rethrows -> T {
        let line = ProgressLine(message: message, quiet: quiet)
        defer { line.finish() }
        return try work()
    }
}

/// "Building Content/ …", shown only when the work takes longer than a second; on a terminal
/// the line is cleared again when the work is done.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var state: (shown: Bool, done: Bool) = (false, false)
    private let terminal = isatty(STDOUT_FILENO) != 0

    init(message: String, quiet: Bool, delay: Double = 1) {
        guard !quiet else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !state.done else { return }
            state.shown = true
            let text = terminal ? message : message + "\n"
            Swift.print(text, terminator: "")
            fflush(nil)
        }
    }

    /// Ends the line: on a terminal it is erased, so that the result takes its place.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        state.done = true
        if state.shown, terminal {
            Swift.print("\r\u{1B}[K", terminator: "")
            fflush(nil)
        }
    }
}
