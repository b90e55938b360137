/// Markdown written in the content (a summary, an answer, a body), with where it starts in its file
/// so that problems inside it (a broken link, a bad embed) point at the right line.
public struct MarkdownText: Sendable, Hashable {
    public var text: String
    /// Where the text starts.
    public var location: SourceLocation
    /// Add this to a line within the text (1-based) to get the line in the file.
    public var lineOffset: Int

    public init(_ text: String, location: SourceLocation, lineOffset: Int? = nil) {
        self.text = text
        self.location = location
        self.lineOffset = lineOffset ?? (location.line - 1)
    }

    /// Whether the text holds nothing but white space.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
