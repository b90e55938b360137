/// One top-level block of a rendered document, with its HTML: what a renderer that lays a
/// document out in pieces (slides) needs to cut it at block boundaries.
public struct MarkdownBlock: Sendable, Equatable {
    /// What kind of block it is.
    public enum Kind: Sendable, Equatable {
        /// A heading, 1 to 6.
        case heading(level: Int)
        case paragraph
        /// A bullet or numbered list; `start` is the first number of a numbered list.
        case list(ordered: Bool, start: Int)
        case table
        /// A code block that no hook replaced.
        case code
        case quote
        case rule
        /// Raw HTML (only when the document allows it).
        case html
        /// A fenced block replaced by the block hook; `language` is its info string's first word.
        case embed(language: String)
    }

    /// What the block is (heading, list, table, embed …), so that a slide renderer can decide where to cut.
    public let kind: Kind
    /// The block's HTML, ending with a newline.
    public let html: String
    /// For a list, the HTML of each item (`<li>…</li>\n`); empty for other blocks.
    public let items: [String]
    /// The block's first line in the file (`lineOffset` applied).
    public let line: Int

    /// Creates a block description (the renderer makes these; tests may too).
    public init(kind: Kind, html: String, items: [String] = [], line: Int) {
        self.kind = kind
        self.html = html
        self.items = items
        self.line = line
    }

    /// The opening tag of a list that starts at item `index` (0-based) of this list:
    /// `<ul>`, `<ol>`, or `<ol start="N">` so that a list cut in two keeps its numbers.
    public func listOpening(from index: Int) -> String {
        guard case .list(let ordered, let start) = kind else { return "" }
        guard ordered else { return "<ul>" }
        let first = start + index
        return first == 1 ? "<ol>" : "<ol start=\"\(first)\">"
    }

    /// The closing tag of a list: `</ul>` or `</ol>`.
    public var listClosing: String {
        guard case .list(let ordered, _) = kind else { return "" }
        return ordered ? "</ol>" : "</ul>"
    }
}
