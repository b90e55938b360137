import CCmarkGFM

/// Options for one rendering.
public struct MarkdownOptions: Sendable, Equatable {
    /// Whether raw HTML in the Markdown reaches the page. When false (the default)
    /// HTML blocks and inline HTML are removed outright, and cmark's safe mode
    /// empties dangerous link and image destinations (`javascript:`, `vbscript:`,
    /// `file:`, and `data:` other than PNG, GIF, JPEG and WebP images), including
    /// destinations returned by the link hook.
    public var unsafeHTML: Bool

    /// Added to every reported line, for documents whose body starts below front matter.
    public var lineOffset: Int

    /// Whether headings get an `id` attribute (a slug of their text). On by default;
    /// `RenderedMarkdown.headings` is filled either way.
    public var headingIDs: Bool

    /// Ids already used on the page this document goes into (the page's own ids, other documents'
    /// headings): heading ids avoid them, so that a page never has one id twice.
    public var reservedIDs: Set<String> = []

    /// The cmark-gfm extensions attached to the parser. Always all of them for Vista's
    /// pages; narrowed only by the spec conformance tests.
    var extensions: MarkdownExtensions = .all

    /// Creates options; the defaults are safe for any content.
    public init(unsafeHTML: Bool = false, lineOffset: Int = 0, headingIDs: Bool = true, reservedIDs: Set<String> = []) {
        self.unsafeHTML = unsafeHTML
        self.lineOffset = lineOffset
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
    }

    /// The cmark option bits for parsing and rendering. Table column alignment is written as
    /// `style="text-align: …"`: the `align` attribute is obsolete in HTML5.
    var cmarkOptions: Int32 {
        (unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
    }
}
