import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One parsed cmark document and the parser that made it, freed together.
///
/// Non-copyable, so the pointers have exactly one owner and `deinit` releases them
/// on every path. The parser stays alive until then because rendering needs its
/// list of extensions (tables, task lists and the tag filter render through it).
struct CmarkDocument: ~Copyable {
    /// The document node; the whole tree hangs from it.
    let root: OpaquePointer
    /// The parser, kept for its extension list.
    private let parser: OpaquePointer
    /// cmark option bits used to parse, and to render.
    let cmarkOptions: Int32
    /// Nodes taken out of the tree whose memory the tree still uses: the text of
    /// inline nodes points into the buffer of the block they were parsed in, so a
    /// heading whose children moved elsewhere must outlive the rendering.
    var detached: [OpaquePointer] = []
    /// The custom blocks the edits put in the tree, with what they stand for (an embed, a heading)
    /// and the line the block they replaced started on (a new node has no position).
    var replacements: [OpaquePointer: (kind: MarkdownBlock.Kind, line: Int32)] = [:]
    /// Where this thread's arena stood before the document: everything after it is the document's.
    private let arenaMark: Arena.Mark

    /// Parses Markdown with the extensions and safety the options ask for.
    init(parsing markdown: String, options: MarkdownOptions) {
        let bits = options.cmarkOptions
        arenaMark = CmarkArena.mark()
        var text = markdown
        (parser, root) = text.withUTF8 { bytes in
            CmarkLibrary.shared.parse(bytes, options: bits, extensions: options.extensions)
        }
        cmarkOptions = bits
    }

    deinit {
        cmark_node_free(root)
        for node in detached {
            cmark_node_free(node)
        }
        cmark_parser_free(parser)
        CmarkArena.release(to: arenaMark)
    }

    /// Renders the tree as HTML. When the output starts with `prefix` and ends with
    /// `suffix` (a lone paragraph's `<p>` and `</p>\n`), they are left out. The C
    /// buffer is freed before returning.
    func html(unwrapping prefix: String = "", _ suffix: String = "") -> String {
        html(of: root, unwrapping: prefix, suffix)
    }

    /// Renders one node of the tree (a top-level block, a list item) as HTML.
    func html(of node: OpaquePointer, unwrapping prefix: String = "", _ suffix: String = "") -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(node, cmarkOptions, extensions) else {
            return ""
        }
        // The HTML is in the document's allocator, like the tree.
        defer { CmarkArena.allocator.pointee.free(rendered) }
        let length = strlen(rendered)
        return rendered.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            var bytes = UnsafeBufferPointer(start: start, count: length)
            let head = prefix.utf8.count, tail = suffix.utf8.count
            if head + tail > 0, bytes.count >= head + tail,
               bytes.prefix(head).elementsEqual(prefix.utf8),
               bytes.suffix(tail).elementsEqual(suffix.utf8) {
                bytes = UnsafeBufferPointer(rebasing: bytes[head..<(bytes.count - tail)])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
