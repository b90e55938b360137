/// The cmark-gfm extensions a parser gets. Vista always uses `.all`; the narrower
/// sets exist so the conformance tests can run each spec example with exactly the
/// extensions the spec names for it.
struct MarkdownExtensions: OptionSet, Sendable, Hashable {
    let rawValue: Int

    static let table = MarkdownExtensions(rawValue: 1 << 0)
    static let strikethrough = MarkdownExtensions(rawValue: 1 << 1)
    static let autolink = MarkdownExtensions(rawValue: 1 << 2)
    static let tagfilter = MarkdownExtensions(rawValue: 1 << 3)
    static let tasklist = MarkdownExtensions(rawValue: 1 << 4)

    /// Every extension Vista renders with.
    static let all: MarkdownExtensions = [.table, .strikethrough, .autolink, .tagfilter, .tasklist]

    /// cmark-gfm's names, in bit order.
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The set named by cmark-gfm extension names; unknown names are ignored.
    init<S: Sequence>(names: S) where S.Element == String {
        var set: MarkdownExtensions = []
        for name in names {
            if let index = Self.names.firstIndex(of: name) {
                set.insert(MarkdownExtensions(rawValue: 1 << index))
            }
        }
        self = set
    }

    init(rawValue: Int) {
        self.rawValue = rawValue
    }
}
