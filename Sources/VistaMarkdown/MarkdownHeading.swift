/// A heading of a rendered document, for anchors and tables of contents.
public struct MarkdownHeading: Sendable, Equatable, Hashable {
    /// 1 to 6.
    public let level: Int
    /// The heading's text without markup, whitespace collapsed (not HTML-escaped).
    public let text: String
    /// The anchor id: a slug of `text`, unique within the document. It is the `id`
    /// attribute of the heading when `MarkdownOptions.headingIDs` is on.
    public let id: String

    /// Creates a heading description.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
