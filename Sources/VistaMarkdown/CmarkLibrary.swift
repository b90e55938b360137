import CCmarkGFM
import Foundation

/// The process-wide cmark-gfm state Vista relies on, set up once, and the rule that
/// lets many threads parse at the same time.
///
/// The extension registry is filled by `cmark_gfm_core_extensions_ensure_registered()`,
/// which is not thread-safe: `shared` calls it exactly once (a Swift `static let` is
/// initialised under a lock) and looks the extensions up at the same time.
///
/// The installed cmark-gfm also keeps the inline parser's table of "special"
/// characters in one global array, and every parser switches its extensions'
/// characters on before each inline pass and off after it (`~` for strikethrough,
/// `:` and `w` for autolinks), also while it reads table rows. A parser switching
/// them off while another is mid-parse would silently cost that page its
/// strikethrough or autolinks. Vista keeps the array free of races like this:
///
/// - Autolink characters are switched on once, here, and the autolink extension's
///   character list is then emptied, so no parser ever switches them again. (The
///   list only serves that switching for autolinks; they use no delimiter runs.)
/// - The strikethrough extension is attached only to documents that contain a `~`
///   byte (it can do nothing in any other), and those documents parse one at a time
///   under `strikethroughLock`. A document without `~` never reads the `~` entry,
///   and no other entry is ever written again, so all other documents parse in
///   parallel with no lock at all.
struct CmarkLibrary: @unchecked Sendable {
    // @unchecked: the pointers name registry entries that live for the whole
    // process and are not changed after `shared` is built; NSLock is thread-safe.

    /// The extension objects, in the order of `MarkdownExtensions.names`.
    private let extensions: [OpaquePointer]

    /// Held while a parser with the strikethrough extension is parsing.
    private let strikethroughLock = NSLock()

    /// The one set-up, done on first use.
    static let shared = CmarkLibrary()

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        let found = MarkdownExtensions.names.map { name -> OpaquePointer in
            guard let pointer = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension; install libcmark-gfm-extensions")
            }
            return pointer
        }
        extensions = found

        // Autolink characters on for good; then nothing is left to switch them off.
        // (The emptied list's two nodes stay allocated, once, like the registry.)
        let autolink = found[MarkdownExtensions.names.firstIndex(of: "autolink")!]
        let parser: OpaquePointer = cmark_parser_new(CMARK_OPT_DEFAULT)
        cmark_parser_attach_syntax_extension(parser, autolink)
        cmark_manage_extensions_special_characters(parser, 1)
        cmark_parser_free(parser)
        cmark_syntax_extension_set_special_inline_chars(autolink, nil)
    }

    /// Parses UTF-8 with the chosen extensions and returns the parser (kept for its
    /// extension list, which rendering needs) and the document node; the caller
    /// frees both.
    func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, options: Int32, extensions chosen: MarkdownExtensions
    ) -> (parser: OpaquePointer, root: OpaquePointer) {
        let tilde = bytes.baseAddress.map { memchr($0, 0x7E, bytes.count) != nil } ?? false
        var attached = chosen
        if !tilde {
            attached.remove(.strikethrough)
        }
        let parser: OpaquePointer = cmark_parser_new(options)
        for (index, pointer) in extensions.enumerated()
        where attached.contains(MarkdownExtensions(rawValue: 1 << index)) {
            cmark_parser_attach_syntax_extension(parser, pointer)
        }

        let exclusive = attached.contains(.strikethrough)
        if exclusive { strikethroughLock.lock() }
        defer { if exclusive { strikethroughLock.unlock() } }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cmark_parser_feed(parser, chars, bytes.count)
            }
        }
        return (parser, cmark_parser_finish(parser))
    }
}
