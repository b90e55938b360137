/// A place in a content file: the path relative to the content folder, a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path relative to the content folder: `tasks/weekly-sales-report.yaml`.
    public var file: String
    /// The line, from 1; 0 for a location that names a whole file (`whole(_:)`).
    public var line: Int
    /// The column, from 1; 0 for a whole file.
    public var column: Int

    /// A place in a file; a line or column below 1 becomes 1.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// A location that names a whole file or folder, without a line.
    public static func whole(_ file: String) -> SourceLocation {
        var location = SourceLocation(file: file)
        location.line = 0
        location.column = 0
        return location
    }

    /// Whether the location has a line (it names a place in a file rather than a whole file or folder).
    public var hasLine: Bool { line > 0 }

    /// `file:line:col`, as editors and terminals link it; the path alone for a whole file.
    public var description: String { hasLine ? "\(file):\(line):\(column)" : file }

    /// By file, then line, then column: the order diagnostics are listed in.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A value together with the place in the content where it was written.
public struct Located<Value: Sendable>: Sendable {
    /// What was written.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// A value read at a place.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A reference by id to another piece of content (a task, a metric, a page), with where it was written.
public typealias Reference = Located<String>
