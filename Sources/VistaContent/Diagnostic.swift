/// A problem in the content, at a file, line and column, printed the way editors and
/// terminals understand: `Content/tasks/x.yaml:12:5: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is: errors fail the build, warnings do not.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Error or warning: whether it fails the build.
    public var severity: Severity
    /// Where the problem is written.
    public var location: SourceLocation
    /// What is wrong, in one line that names the value and says what was expected.
    public var message: String
    /// An optional second line that says how to fix it.
    public var hint: String?

    /// A diagnostic; `hint` is the optional line that says how to fix it.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// An error: the build fails.
    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    /// A warning: the build goes on.
    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    /// Whether it fails the build.
    public var isError: Bool { severity == .error }

    /// The diagnostic with its path relative to the content folder.
    public var description: String { formatted(contentFolder: nil) }

    /// The diagnostic as one line (plus a hint line), with the content folder as the user named it
    /// in front of the path, e.g. `Content/tasks/x.yaml:3:1: error: …`.
    public func formatted(contentFolder: String?) -> String {
        var path = location.file
        if let folder = contentFolder, !folder.isEmpty, folder != "." {
            let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            path = path.isEmpty ? trimmed : trimmed + "/" + path
        }
        let place = location.hasLine ? "\(path):\(location.line):\(location.column)" : path
        var line = "\(place): \(severity.rawValue): \(message)"
        if let hint { line += "\n    hint: \(hint)" }
        return line
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// The diagnostics in a stable order: by file, line, column, then message.
    /// A mistake that two pages meet (a proposal's body renders on its page and in its slides) is
    /// told once: exact repeats are left out.
    public func sortedForDisplay() -> [Diagnostic] {
        let ordered = sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            if $0.message != $1.message { return $0.message < $1.message }
            return ($0.hint ?? "") < ($1.hint ?? "")
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(ordered.count)
        for diagnostic in ordered where result.last != diagnostic { result.append(diagnostic) }
        return result
    }

    /// At most `limit` diagnostics per file, the rest summed up in one more: a 50 MB CSV written in
    /// the wrong date format gives a screenful, not two million lines. Keeps the order.
    public func limited(perFile limit: Int = 50) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var firstHidden: [String: SourceLocation] = [:]
        var result: [Diagnostic] = []
        for diagnostic in self {
            let file = diagnostic.location.file
            let count = counts[file, default: 0] + 1
            counts[file] = count
            if count <= limit { result.append(diagnostic) } else if count == limit + 1 { firstHidden[file] = diagnostic.location }
        }
        for (file, location) in firstHidden.sorted(by: { $0.key < $1.key }) {
            let hidden = counts[file, default: 0] - limit
            result.append(.error(location, "\(hidden) more problem\(hidden == 1 ? "" : "s") in this file not shown; fix the ones above and build again"))
        }
        return result.sortedForDisplay()
    }
}
