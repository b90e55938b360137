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
    /// cmark reports one, otherwise (bare `https://` and e-mail autolinks) the first
    /// line of the enclosing paragraph, heading or table cell.
    public let line: Int
    /// The column that goes with `line`, 1-based. It is approximate in two cases cmark
    /// reports imprecisely: continuation lines that were indented (early by the
    /// indentation), and bare `www.` autolinks (one early).
    public let column: Int

    /// Creates a destination description (the renderer makes these; tests and tools may too).
    public init(kind: Kind, url: String, line: Int, column: Int) {
        self.kind = kind
        self.url = url
        self.line = line
        self.column = column
    }
}
