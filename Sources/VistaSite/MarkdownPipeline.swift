import VistaContent
import VistaMarkdown

/// Renders the Markdown of content (bodies, summaries, answers) for a page: embeds drawn in place,
/// links to content files made relative to the page, raw HTML dropped unless the site allows it.
struct MarkdownPipeline: Sendable {
    let graph: SiteGraph
    let links: ContentLinks
    let renderer = MarkdownRenderer()

    init(graph: SiteGraph) {
        self.graph = graph
        links = ContentLinks(targets: graph.targets, drafts: Set(graph.draftsLeftOut.map(\.file)))
    }

    /// A whole document (a body), with embeds drawn by `embeds`.
    func render(_ text: MarkdownText, state: PageState, embeds: (FencedCodeBlock, MarkdownText) -> String?) -> RenderedMarkdown {
        let options = MarkdownOptions(unsafeHTML: graph.content.site.unsafeHTML, lineOffset: text.lineOffset,
                                      reservedIDs: state.usedIDs)
        let rendered = renderer.render(text.text, options: options,
                                       block: { block in Embed.kinds.contains(block.language) ? embeds(block, text) : nil },
                                       link: { link in resolve(link, in: text, state: state) })
        state.use(rendered.headings.map(\.id))
        return rendered
    }

    /// A short text (a summary, a pro, a con) without its wrapping paragraph.
    func inline(_ text: MarkdownText?, state: PageState) -> String {
        guard let text, !text.isBlank else { return "" }
        let options = MarkdownOptions(unsafeHTML: graph.content.site.unsafeHTML, lineOffset: text.lineOffset,
                                      reservedIDs: state.usedIDs)
        return renderer.renderInline(text.text, options: options, link: { link in resolve(link, in: text, state: state) })
    }

    /// A short text as a block (paragraphs kept), for answers that may run over several paragraphs.
    func block(_ text: MarkdownText?, state: PageState) -> String {
        guard let text, !text.isBlank else { return "" }
        return render(text, state: state, embeds: { _, _ in nil }).html
    }

    /// Plain text for descriptions and titles.
    func plain(_ text: MarkdownText?) -> String {
        guard let text else { return "" }
        return renderer.plainText(text.text)
    }

    private func resolve(_ link: LinkDestination, in text: MarkdownText, state: PageState) -> String? {
        let location = text.fileLocation(line: link.line, column: link.column)
        switch links.resolve(link.url, writtenIn: text.location.file, on: state.route, tried: { state.use(.link($0)) }) {
        case .keep: return nil
        case .rewritten(let url): return url
        case .missing(let path):
            let suggestion = links.closestTarget(to: path).map { "did you mean '\($0)'? " } ?? ""
            state.report(.error(location, "link to a missing content file '\(path)'",
                                hint: suggestion + "links are relative to this file or to the content folder"))
            return nil
        case .draft(let path):
            state.report(.error(location, "link to '\(path)', a draft proposal that this build leaves out",
                                hint: "build with --drafts, or remove the link until the proposal is published"))
            return nil
        }
    }
}
