import Foundation
import VistaSite

/// The presenter view of a deck, `/proposals/ID/slides/?presenter`: the deck with its speaker notes
/// beside the current slide. The notes live only in the server's memory (from the last good build)
/// and are added to that one response, the way the reload script is; no file holds them. A deck
/// is found like any other file (`SiteFiles`), and only a file the build made a deck gets notes.
enum PresenterView {
    /// Whether a request target asks for the presenter view: a query parameter `presenter`.
    static func isAsked(in target: String) -> Bool {
        let beforeFragment = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let mark = beforeFragment.firstIndex(of: "?") else { return false }
        let query = beforeFragment[beforeFragment.index(after: mark)...]
        return query.split(separator: "&").contains { $0 == "presenter" || $0.hasPrefix("presenter=") }
    }

    /// The notes of the deck at a file's real path, when the file is a deck of the site.
    static func notes(for real: String, root: String, in state: ServeState) -> [Int: String]? {
        guard let realRoot = SiteFiles.realPath(root), real.hasPrefix(realRoot + "/") else { return nil }
        return state.presenterNotes[String(real.dropFirst(realRoot.count + 1))]
    }

    /// The deck with the notes before `</body>`, one element per section; the deck's script shows
    /// the one of the current slide's section (`data-section`).
    static func inject(_ notes: [Int: String], into page: String) -> String {
        var aside = "<aside class=\"presenter-notes\" aria-label=\"Speaker notes\">\n"
        for (section, html) in notes.sorted(by: { $0.key < $1.key }) {
            aside += "<div data-notes-for=\"\(section)\">\n\(html)</div>\n"
        }
        aside += "</aside>\n"
        guard let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return page + aside }
        var result = page
        result.insert(contentsOf: aside, at: end.lowerBound)
        return result
    }
}
