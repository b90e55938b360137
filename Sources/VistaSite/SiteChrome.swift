import Foundation

/// What is the same on every page at the same place in the site (the path to the root and the
/// navigation item that is current): the layout's site variables, and the parts of the layout made
/// from them alone — the stylesheet links, accent and icon in the head (`site-head`), the header
/// with the navigation (`site-header`) and the footer (`site-footer`). Each place is made once per
/// build; the pieces reach `layout` as `siteHead`, `siteHeader` and `siteFooter`, with one newline
/// at the end dropped so that the layout can put each on a line of its own. These templates see
/// the site's variables only, so the same HTML is right for every page at the place.
final class SiteChrome: @unchecked Sendable {
    private let lock = NSLock()
    private var places: [String: Place] = [:]

    /// What a place has: the site's variables and the three pieces of the layout made from them.
    struct Place {
        var variables: SiteVariables
        /// `variables` as templates read them, read once for the place.
        var values: [String: Any]
        var head: String
        var header: String
        var footer: String
    }

    /// The site variables of a place and its pieces, made by `make` the first time.
    func place(_ key: String, make: () -> Place) -> Place {
        lock.lock()
        if let cached = places[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let made = make()
        lock.lock()
        places[key] = made
        lock.unlock()
        return made
    }

    static func dropNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
