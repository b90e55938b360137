import Foundation

/// The parts of the layout that are the same on every page at the same place in the site — the
/// stylesheet links, accent and icon in the head (`site-head`), the header with the navigation
/// (`site-header`) and the footer (`site-footer`) — rendered once per build for each place (the
/// path to the root and the navigation item that is current) and handed to `layout` as
/// `siteHead`, `siteHeader` and `siteFooter`. These templates see the site's variables only, so
/// the same HTML is right for every page that shares the place. One newline at the end of each
/// piece is dropped, so that the layout can put each on a line of its own.
final class SiteChrome: @unchecked Sendable {
    struct Pieces {
        var head: String
        var header: String
        var footer: String
    }

    private let lock = NSLock()
    private var pieces: [String: Pieces] = [:]

    /// The pieces for a place, rendered by `render` the first time.
    func pieces(for place: String, render: () -> Pieces) -> Pieces {
        lock.lock()
        if let cached = pieces[place] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        var made = render()
        for keyPath in [\Pieces.head, \Pieces.header, \Pieces.footer] where made[keyPath: keyPath].hasSuffix("\n") {
            made[keyPath: keyPath].removeLast()
        }
        lock.lock()
        pieces[place] = made
        lock.unlock()
        return made
    }
}
