import CCmarkGFM
import Foundation

/// The process-wide cmark-gfm state Vista relies on, set up once and guarded.
///
/// Two pieces of cmark-gfm state are global. The extension registry is filled by
/// `cmark_gfm_core_extensions_ensure_registered()`, which is not thread-safe:
/// `shared` calls it exactly once (a Swift `static let` is initialised under a lock)
/// and looks the extensions up at the same time. And the inline parser's table of
/// "special" characters is shared by all parsers: the installed release switches
/// the extensions' characters (`~` for strikethrough, `:` and `w` for autolinks)
/// on before every inline pass and off after it, both at the end of parsing and
/// while reading table rows. A parser on one thread would switch them off while
/// another thread is still parsing, and that page would silently lose its
/// strikethrough or autolinks. So parsing (`cmark_parser_feed` and
/// `cmark_parser_finish`) runs under `parseLock`; walking the tree, rendering and
/// freeing touch no shared state and run in parallel.
struct CmarkLibrary: @unchecked Sendable {
    // @unchecked: the pointers name registry entries that live for the whole
    // process and are never changed after `shared` is built, and NSLock is
    // itself safe to share.

    /// The extension objects, in the order of `MarkdownExtensions.names`.
    private let extensions: [OpaquePointer]

    /// Held while any parser reads or writes the special-character table.
    private let parseLock = NSLock()

    /// The one set-up, done on first use.
    static let shared = CmarkLibrary()

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        extensions = MarkdownExtensions.names.map { name in
            guard let pointer = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension; install libcmark-gfm-extensions")
            }
            return pointer
        }
    }

    /// A new parser with the chosen extensions attached; the caller frees it.
    func makeParser(options: Int32, extensions chosen: MarkdownExtensions) -> OpaquePointer {
        let parser: OpaquePointer = cmark_parser_new(options)
        for (index, pointer) in extensions.enumerated()
        where chosen.contains(MarkdownExtensions(rawValue: 1 << index)) {
            cmark_parser_attach_syntax_extension(parser, pointer)
        }
        return parser
    }

    /// Feeds UTF-8 to a parser and finishes it, under the parse lock. Returns the
    /// document node, which the caller owns.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, with parser: OpaquePointer) -> OpaquePointer {
        parseLock.lock()
        defer { parseLock.unlock() }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cmark_parser_feed(parser, chars, bytes.count)
            }
        }
        return cmark_parser_finish(parser)
    }
}
