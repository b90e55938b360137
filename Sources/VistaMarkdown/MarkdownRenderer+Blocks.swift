import CCmarkGFM

extension MarkdownRenderer {
    /// Renders a document block by block: each top-level block with its own HTML (and a list
    /// with the HTML of each item), so that a layout can cut the document between blocks. The
    /// hooks work as in `render(_:options:block:link:)`; the blocks' HTML, joined, is the HTML
    /// `render` gives.
    public func renderBlocks(
        _ markdown: String,
        options: MarkdownOptions = .init(),
        block: (FencedCodeBlock) -> String? = { _ in nil },
        link: (LinkDestination) -> String? = { _ in nil }
    ) -> (blocks: [MarkdownBlock], headings: [MarkdownHeading]) {
        var document = CmarkDocument(parsing: markdown, options: options)
        let walk = DocumentWalk(root: document.root, options: options, block: block, link: link)
        document.apply(walk.edits)
        var blocks: [MarkdownBlock] = []
        var node = cmark_node_first_child(document.root)
        while let current = node {
            let replaced = document.replacements[current]
            let kind = replaced?.kind ?? Self.kind(of: current)
            var items: [String] = []
            if case .list = kind {
                var item = cmark_node_first_child(current)
                while let each = item {
                    items.append(document.html(of: each))
                    item = cmark_node_next(each)
                }
            }
            let line = Int(replaced?.line ?? cmark_node_get_start_line(current)) + options.lineOffset
            blocks.append(MarkdownBlock(kind: kind, html: document.html(of: current), items: items, line: line))
            node = cmark_node_next(current)
        }
        return (blocks, walk.headings)
    }

    /// The kind of a block cmark parsed (not one an edit made).
    private static func kind(of node: OpaquePointer) -> MarkdownBlock.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1)
        case CMARK_NODE_CODE_BLOCK: return .code
        case CMARK_NODE_BLOCK_QUOTE: return .quote
        case CMARK_NODE_THEMATIC_BREAK: return .rule
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK: return .html
        default:
            let name = DocumentWalk.string(cmark_node_get_type_string(node))
            return name == "table" ? .table : .html
        }
    }
}
