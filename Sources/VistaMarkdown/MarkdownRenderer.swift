import CCmarkGFM

/// Renders GitHub Flavored Markdown to HTML through cmark-gfm.
///
/// Every document is parsed with the table, strikethrough, autolink, tagfilter and
/// tasklist extensions (strikethrough only when the text has a `~`, the one case
/// where it can do anything). The renderer holds no state: one value can be shared
/// by any number of threads, and each call parses, walks and renders its document
/// once and frees everything cmark allocated before returning. Calls run in
/// parallel, except that documents containing `~` parse one at a time (see
/// `CmarkLibrary` for why).
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders a document.
    ///
    /// - Parameters:
    ///   - markdown: The Markdown body.
    ///   - options: Safety, line offset and heading ids.
    ///   - block: Called once per fenced code block, in document order; may return HTML
    ///     to put in place of the block, or nil to keep the block as code. The HTML is
    ///     written verbatim, even in safe mode, followed by a newline (up to a NUL
    ///     character, should it contain one). Indented code blocks are not offered.
    ///   - link: Called once per link and image, in document order; may return a new
    ///     destination, or nil to keep it. In safe mode a dangerous destination returned
    ///     here is emptied like any other.
    /// - Returns: The HTML and the headings.
    public func render(
        _ markdown: String,
        options: MarkdownOptions = .init(),
        block: (FencedCodeBlock) -> String? = { _ in nil },
        link: (LinkDestination) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        var document = CmarkDocument(parsing: markdown, options: options)
        let walk = DocumentWalk(root: document.root, options: options, block: block, link: link)
        document.apply(walk.edits)
        return RenderedMarkdown(html: document.html(), headings: walk.headings)
    }

    /// Renders a short text (a summary, a pro or a con). A text that is a single
    /// paragraph comes back without the wrapping `<p>…</p>` and without a trailing
    /// newline; anything else is rendered as a full document. Fenced code blocks stay code.
    public func renderInline(
        _ markdown: String,
        options: MarkdownOptions = .init(),
        link: (LinkDestination) -> String? = { _ in nil }
    ) -> String {
        var document = CmarkDocument(parsing: markdown, options: options)
        let walk = DocumentWalk(root: document.root, options: options, block: { _ in nil }, link: link)
        document.apply(walk.edits)
        let first = cmark_node_first_child(document.root)
        if let first, first == cmark_node_last_child(document.root),
           cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
            return document.html(unwrapping: "<p>", "</p>\n")
        }
        return document.html()
    }

    /// The text of a document with all markup removed and whitespace collapsed, for
    /// `<meta name="description">` and titles. Raw HTML and code blocks (fenced or
    /// indented, embeds included) are left out; inline code and image descriptions are
    /// kept. The result is plain text: escape it before putting it in HTML.
    public func plainText(_ markdown: String) -> String {
        let document = CmarkDocument(parsing: markdown, options: MarkdownOptions(headingIDs: false))
        guard let iterator = cmark_iter_new(document.root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = TextCollector()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text.append(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.separate()
            default:
                if DocumentWalk.isBlock(type) { text.separate() }
            }
        }
        return text.text
    }
}
