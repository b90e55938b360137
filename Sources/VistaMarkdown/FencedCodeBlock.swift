/// A fenced code block offered to the embed hook of `MarkdownRenderer.render`.
///
/// Every fenced block is offered, including one without an info string (its
/// `language` and `info` are then empty). Indented code blocks are never offered:
/// they have no fence and no language, so they cannot be embeds.
public struct FencedCodeBlock: Sendable, Equatable {
    /// The first word of the info string: "chart", "kpi", "swift", or "" when there is none.
    public let language: String
    /// The whole info string, with backslash escapes and entities already resolved.
    public let info: String
    /// The literal content between the fences, ending with a newline unless empty.
    public let body: String
    /// The line of the opening fence in the file, 1-based, `lineOffset` applied.
    public let line: Int
    /// The column of the opening fence, 1-based.
    public let column: Int

    /// The first line of the body.
    public var bodyLine: Int { line + 1 }

    /// Creates a block description (the renderer makes these; tests and tools may too).
    public init(language: String, info: String, body: String, line: Int, column: Int) {
        self.language = language
        self.info = info
        self.body = body
        self.line = line
        self.column = column
    }
}
