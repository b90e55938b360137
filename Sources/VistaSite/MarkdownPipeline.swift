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
        // Embeds go in after the links are numbered for print, so that only links written in the text get notes.
        var blocks: [String] = []
        var links: [String: String] = [:]
        let rendered = renderer.render(text.text, options: options,
                                       block: { block in
                                           // Speaker notes are never part of a page (see `renderBlocks`).
                                           if block.language == Self.notesLanguage { return "" }
                                           guard Embed.kinds.contains(block.language), let html = embeds(block, text) else { return nil }
                                           blocks.append(html)
                                           return Self.placeholder(blocks.count - 1)
                                       },
                                       link: { link in note(link, resolve(link, in: text, state: state), state: state, in: &links) })
        state.use(rendered.headings.map(\.id))
        let html = state.linkNotes.annotate(rendered.html, links: links)
        return RenderedMarkdown(html: blocks.isEmpty ? html : Self.filling(html, with: blocks), headings: rendered.headings)
    }

    /// Stands for an embed in the HTML until the links are numbered; no text of the author's can contain it.
    private static func placeholder(_ index: Int) -> String { "\u{1}vista-embed-\(index)\u{1}" }

    /// `html` with each embed's placeholder replaced by the embed, in one pass over the bytes.
    static func filling(_ html: String, with blocks: [String]) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + blocks.reduce(0) { $0 + $1.utf8.count })
            var position = 0
            var search = 0
            while let start = ByteSearch.find(0x01, in: bytes, from: search) {
                search = start + 1
                let prefix = start + 1 + 12   // after "\u{1}vista-embed-"
                guard ByteSearch.starts(with: "vista-embed-", in: bytes, at: start + 1) else { continue }
                var end = prefix
                var index = 0
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - prefix < 9 {
                    index = index * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                guard end > prefix, end < bytes.count, bytes[end] == 0x01, blocks.indices.contains(index) else { continue }
                out.append(contentsOf: bytes[position..<start])
                // cmark ends the placeholder's line itself, as it ended the embed's HTML before.
                var block = blocks[index]
                block.withUTF8 { block in
                    out.append(contentsOf: block.last == 0x0A ? UnsafeBufferPointer(rebasing: block.dropLast()) : block)
                }
                position = end + 1
                search = position
            }
            out.append(contentsOf: bytes[position...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Records a link's `href` with the address it prints as (its address in the site, or the web
    /// address itself); images and links to a fragment of the same page get none.
    private func note(_ link: LinkDestination, _ resolved: String?, state: PageState, in links: inout [String: String]) -> String? {
        guard link.kind == .link else { return resolved }
        let href = resolved ?? link.url
        if let path = SiteAddress.path(of: href, from: state.route) {
            links[href] = SiteAddress.address(of: path, in: graph)
        } else if href.hasPrefix("https://") || href.hasPrefix("http://") {
            links[href] = href
        }
        return resolved
    }

    /// The info string of a fenced block of speaker notes.
    static let notesLanguage = "notes"

    /// A whole document block by block, for slides: headings without ids (a slide's number is its
    /// id), embeds drawn by `embeds`, and each ```` ```notes ```` block handed to `notes` (its
    /// body and where it starts) and left out, as on every page.
    func renderBlocks(_ text: MarkdownText, state: PageState, embeds: (FencedCodeBlock, MarkdownText) -> String?,
                      notes: (FencedCodeBlock) -> Void) -> [MarkdownBlock] {
        let options = MarkdownOptions(unsafeHTML: graph.content.site.unsafeHTML, lineOffset: text.lineOffset, headingIDs: false)
        return renderer.renderBlocks(text.text, options: options,
                                     block: { block in
                                         if block.language == Self.notesLanguage {
                                             notes(block)
                                             return ""
                                         }
                                         return Embed.kinds.contains(block.language) ? embeds(block, text) : nil
                                     },
                                     link: { link in resolve(link, in: text, state: state) }).blocks
    }

    /// A short text (a summary, a pro, a con) without its wrapping paragraph.
    func inline(_ text: MarkdownText?, state: PageState) -> String {
        guard let text, !text.isBlank else { return "" }
        let options = MarkdownOptions(unsafeHTML: graph.content.site.unsafeHTML, lineOffset: text.lineOffset,
                                      reservedIDs: state.usedIDs)
        var links: [String: String] = [:]
        let html = renderer.renderInline(text.text, options: options,
                                         link: { link in note(link, resolve(link, in: text, state: state), state: state, in: &links) })
        return state.linkNotes.annotate(html, links: links)
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
