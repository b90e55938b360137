/// A free page (about, method, FAQ), from `pages/ID.md`, served at `/ID/`.
public struct Page: Sendable, Identifiable {
    /// The file name without `.md`, which is also its path: `pages/about.md` is served at `/about/`.
    public var id: String
    /// The content path it was read from: `pages/about.md`.
    public var file: String
    /// `title` (required): the page's heading and its name in the navigation, plain text.
    public var title: String
    /// `summary`: one sentence for link previews; nil when not written.
    public var summary: MarkdownText?
    /// Whether the page is in the main navigation; nil when the page does not say.
    public var nav: Bool?
    /// The Markdown after the front matter.
    public var body: MarkdownText
    /// Where the front matter starts, for diagnostics about the page as a whole.
    public var location: SourceLocation

    /// A page as its file gives it; without a location, diagnostics point at the file's first line.
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
    /// The content path it was read from: `vision.md`.
    public var file: String
    /// `title` (required): the home page's heading.
    public var title: String
    /// `summary`: one sentence that a manager reads in a link preview; nil when not written.
    public var summary: MarkdownText?
    /// The vision itself: the Markdown after the front matter.
    public var body: MarkdownText

    /// The vision as `vision.md` gives it.
    public init(file: String = "vision.md", title: String, summary: MarkdownText? = nil, body: MarkdownText) {
        self.file = file
        self.title = title
        self.summary = summary
        self.body = body
    }
}
