/// A free page (about, method, FAQ), from `pages/ID.md`, served at `/ID/`.
public struct Page: Sendable, Identifiable {
    public var id: String
    public var file: String
    public var title: String
    public var summary: MarkdownText?
    /// Whether the page is in the main navigation; nil when the page does not say.
    public var nav: Bool?
    public var body: MarkdownText
    public var location: SourceLocation

    public init(id: String, file: String, title: String, summary: MarkdownText? = nil, nav: Bool? = nil,
                body: MarkdownText, location: SourceLocation? = nil) {
        self.id = id
        self.file = file
        self.title = title
        self.summary = summary
        self.nav = nav
        self.body = body
        self.location = location ?? SourceLocation(file: file)
    }
}

/// The vision, from `vision.md`: the home page.
public struct Vision: Sendable {
    public var file: String
    public var title: String
    public var summary: MarkdownText?
    public var body: MarkdownText

    public init(file: String = "vision.md", title: String, summary: MarkdownText? = nil, body: MarkdownText) {
        self.file = file
        self.title = title
        self.summary = summary
        self.body = body
    }
}
