/// A link or image destination offered to the link hook of `MarkdownRenderer`.
///
/// Inline links, reference links (`[a][ref]`, `[a]`), autolinks (`<https://…>` and
/// bare `www.` or `https://` addresses) and images are all offered, once per use.
public struct LinkDestination: Sendable, Equatable {
    /// Whether the destination belongs to a link or an image.
    public enum Kind: Sendable, Equatable {
        /// An `<a href>`.
        case link
        /// An `<img src>`.
        case image
    }

    /// Link or image.
    public let kind: Kind
    /// The destination as written (reference links resolved, escapes and entities decoded).
    public let url: String
    /// The line of the link in the file, `lineOffset` applied: the link's own line when
    /// cmark reports one inside its block, otherwise the first line of the enclosing block.
    public let line: Int
    /// The column that goes with `line`, 1-based. Columns on continuation lines that were
    /// indented can be early by the indentation cmark stripped.
    public let column: Int

    /// Creates a destination description (the renderer makes these; tests and tools may too).
    public init(kind: Kind, url: String, line: Int, column: Int) {
        self.kind = kind
        self.url = url
        self.line = line
        self.column = column
    }
}
