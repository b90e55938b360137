import CCmarkGFM

/// One pass over a parsed document, in document order, with cmark's iterator (no
/// recursion, so any nesting depth is fine). It offers fenced code blocks and link
/// and image destinations to the hooks, collects the headings, and lists the tree
/// edits to make afterwards.
struct DocumentWalk {
    /// The edits to apply, in document order.
    private(set) var edits: [TreeEdit] = []
    /// The headings, in document order.
    private(set) var headings: [MarkdownHeading] = []

    /// Walks `root`. Link destinations the hook returns are set on the node at once
    /// (the tree's shape does not change); everything else is recorded in `edits`.
    init(
        root: OpaquePointer,
        options: MarkdownOptions,
        block: (FencedCodeBlock) -> String?,
        link: (LinkDestination) -> String?
    ) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var slugger = HeadingSlugger(taken: options.reservedIDs)
        var headingText = TextCollector()
        var inHeading = false
        // The innermost block entered last: inlines only live in leaf blocks, so it is
        // the block around any link met before the next block starts.
        var blockStart = (line: Int32(0), column: Int32(0))
        var blockEndLine = Int32(0)

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)

            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if inHeading { headingText.append(cmark_node_get_literal(node)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if inHeading { headingText.separate() }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard entering else { break }
                var line = cmark_node_get_start_line(node)
                var column = cmark_node_get_start_column(node)
                // cmark positions links and images exactly; the autolink extension
                // gives bare `www.` links a line but a column one too early (0 at the
                // start of a line), and bare `https://` and e-mail links no position.
                if line > 0 && line >= blockStart.line && line <= blockEndLine {
                    column = max(column, 1)
                } else {
                    (line, column) = blockStart
                }
                let destination = LinkDestination(
                    kind: type == CMARK_NODE_IMAGE ? .image : .link,
                    url: Self.string(cmark_node_get_url(node)),
                    line: Int(line) + options.lineOffset,
                    column: Int(column))
                if let replacement = link(destination) {
                    cmark_node_set_url(node, replacement)
                }
            case CMARK_NODE_ITEM:
                if entering && Self.string(cmark_node_get_type_string(node)) == "tasklist" {
                    edits.append(.taskItem(node, checked: cmark_gfm_extensions_get_tasklist_item_checked(node)))
                }
                if entering {
                    blockStart = (cmark_node_get_start_line(node), cmark_node_get_start_column(node))
                    blockEndLine = cmark_node_get_end_line(node)
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !options.unsafeHTML { edits.append(.remove(node)) }
            case CMARK_NODE_CODE_BLOCK:
                if let fenced = Self.fencedBlock(node, lineOffset: options.lineOffset),
                   let html = block(fenced) {
                    edits.append(.embed(node, html: html, language: fenced.language))
                }
            case CMARK_NODE_HEADING:
                if entering {
                    inHeading = true
                    headingText.reset()
                    blockStart = (cmark_node_get_start_line(node), cmark_node_get_start_column(node))
                    blockEndLine = cmark_node_get_end_line(node)
                } else {
                    inHeading = false
                    let text = headingText.text
                    let level = cmark_node_get_heading_level(node)
                    let id = slugger.id(for: text)
                    headings.append(MarkdownHeading(level: Int(level), text: text, id: id))
                    if options.headingIDs {
                        edits.append(.headingID(node, level: level, id: id))
                    }
                }
            default:
                if entering && Self.isBlock(type) {
                    blockStart = (cmark_node_get_start_line(node), cmark_node_get_start_column(node))
                    blockEndLine = cmark_node_get_end_line(node)
                }
            }
        }
    }

    /// The hook's view of a code block, or nil for an indented one.
    private static func fencedBlock(_ node: OpaquePointer, lineOffset: Int) -> FencedCodeBlock? {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
        let info = string(cmark_node_get_fence_info(node))
        let language = info.utf8.firstIndex(where: { $0 == 0x20 || $0 == 0x09 })
            .map { String(info[..<$0]) } ?? info
        return FencedCodeBlock(
            language: language,
            info: info,
            body: string(cmark_node_get_literal(node)),
            line: Int(cmark_node_get_start_line(node)) + lineOffset,
            column: Int(cmark_node_get_start_column(node)))
    }

    /// Whether a node type is a block (cmark keeps the kind in the type's top bits).
    static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue & 0xC000 == 0x8000
    }

    /// A Swift string from a cmark C string (cmark returns NULL for "none").
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
