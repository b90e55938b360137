/// The result of rendering one document.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML of the body.
    public let html: String
    /// The document's headings in order.
    public let headings: [MarkdownHeading]

    /// Creates a result.
    public init(html: String, headings: [MarkdownHeading]) {
        self.html = html
        self.headings = headings
    }
}
