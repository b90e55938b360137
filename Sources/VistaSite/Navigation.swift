import VistaContent
import VistaSupport

/// The main navigation: `nav` from `site.yaml` in its order, then pages with `nav: true` not yet in it.
/// Without `nav`: proposals, tasks, dashboard, then pages with `nav: true`.
struct Navigation: Sendable {
    struct Item: Sendable {
        let id: String
        let title: String
        let route: PageRoute
    }

    let items: [Item]

    init(content: Content, words: Catalogue) {
        let ids = content.site.nav?.map(\.value) ?? ["proposals", "tasks", "dashboard"]
        var items: [Item] = []
        for id in ids {
            switch id {
            case "home": items.append(Item(id: id, title: words["nav.home"], route: .home))
            case "proposals": items.append(Item(id: id, title: words["nav.proposals"], route: .proposals))
            case "tasks": items.append(Item(id: id, title: words["nav.tasks"], route: .tasks))
            case "dashboard": items.append(Item(id: id, title: words["nav.dashboard"], route: .dashboard))
            case "changes": items.append(Item(id: id, title: words["nav.changes"], route: .changes))
            default:
                if let page = content.page(id) { items.append(Item(id: id, title: page.title, route: .page(id))) }
            }
        }
        for page in content.pages where page.nav == true && !items.contains(where: { $0.id == page.id }) {
            items.append(Item(id: page.id, title: page.title, route: .page(page.id)))
        }
        self.items = items
    }

    /// Each item's `current` for a page (`page`, `true` or empty), as `context` gives it.
    func currentStates(section: String, on route: PageRoute) -> [String] {
        items.map { $0.id == section ? ($0.route == route ? "page" : "true") : "" }
    }

    /// The navigation as the layout reads it, for a page.
    func items(current section: String, on route: PageRoute, root: String? = nil) -> [SiteVariables.NavItem] {
        items.map { item in
            var entry = SiteVariables.NavItem(title: item.title, href: (root ?? route.toRoot) + item.route.file)
            if item.id == section { entry.current = item.route == route ? "page" : "true" }
            return entry
        }
    }
}
