/// Markdown written in the content (a summary, an answer, a body), with where it starts in its file
/// so that problems inside it (a broken link, a bad embed) point at the right line.
public struct MarkdownText: Sendable, Hashable {
    /// The Markdown source, as the YAML value or the file after its front matter gives it.
    public var text: String
    /// Where the text starts.
    public var location: SourceLocation
    /// Add this to a line within the text (1-based) to get the line in the file.
    public var lineOffset: Int
    /// Add this to a column on the text's first line to get the column in the file (text written
    /// after a key on the same line, like `why: See [x](y.yaml)`).
    public var columnOffset: Int

    /// Markdown that starts at `location`; by default its first line is the location's line.
    public init(_ text: String, location: SourceLocation, lineOffset: Int? = nil, columnOffset: Int = 0) {
        self.text = text
        self.location = location
        self.lineOffset = lineOffset ?? (location.line - 1)
        self.columnOffset = columnOffset
    }

    /// The place in the file of a line and column reported within the text (lines already offset).
    public func fileLocation(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: location.file, line: line, column: line == lineOffset + 1 ? column + columnOffset : column)
    }

    /// Whether the text holds nothing but white space.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
