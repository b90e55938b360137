import CCmarkGFM

/// Renders GitHub Flavored Markdown to HTML through cmark-gfm.
public struct MarkdownRenderer: Sendable {
    public init() {}
}
