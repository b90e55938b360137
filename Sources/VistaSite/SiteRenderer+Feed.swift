import VistaContent

extension SiteRenderer {
    /// `feed.xml`: an Atom 1.0 feed with one entry per snapshot and one per decision, newest first.
    /// Links are absolute when the base URL is a full URL and relative to the feed (the site's
    /// root) otherwise. The feed's `updated` is its newest entry's, so the same content gives the
    /// same bytes.
    func feed() -> String {
        let state = PageState(route: .home)
        let components = Components(graph: graph, markdown: markdown)
        let page = PageBuilder(graph: graph, state: state, markdown: markdown, components: components,
                               embeds: EmbedRenderer(graph: graph, components: components, templates: templates), templates: templates)
        let prefix = graph.hasFullBaseURL ? graph.baseURL : ""
        let href: (PageRoute, String) -> String = { route, fragment in
            (graph.hasFullBaseURL ? graph.publicURL(of: route) : route.file) + fragment
        }
        var entries: [(updated: String, order: String, entry: FeedModel.Entry)] = []
        for (snapshot, previous) in graph.changes.history.pairsNewestFirst {
            let heading = page.snapshotItem(snapshot)
            var item = FeedModel.Entry(snapshot: true, date: heading.date, note: heading.note)
            if let previous {
                let comparison = SnapshotComparison(from: previous.figures, to: snapshot.figures)
                item.content = templates.render("change-list", page.changeList(comparison, route: .home, prefix: prefix,
                                                                               withProposals: true, withTasks: true))
            } else {
                item.content = templates.render("change-list", ChangeList(first: page.firstSnapshot(snapshot)))
            }
            let updated = Self.atomTime(snapshot.date, time: snapshot.time)
            item.updated = updated
            item.id = entryID("snapshot-" + snapshot.id)
            item.href = href(.changes, "#snapshot-" + snapshot.id)
            entries.append((updated, "s" + snapshot.id, item))
        }
        for proposal in graph.content.proposals {
            for (index, decision) in proposal.decisions.enumerated() {
                var item = FeedModel.Entry(decisionEntry: true, date: graph.format.period(decision.date), note: decision.note ?? "",
                                           proposalTitle: proposal.title, decision: decision.decision, by: decision.by ?? "")
                let updated = Self.atomTime(decision.date, time: nil)
                item.updated = updated
                item.id = entryID("decision-\(proposal.id)-\(decision.date)-\(index + 1)")
                item.href = href(.proposal(proposal.id), "#decisions-title")
                entries.append((updated, "d" + proposal.id + "\(index)", item))
            }
        }
        entries.sort { ($0.updated, $0.order) > ($1.updated, $1.order) }
        let site = graph.content.site
        let feed = FeedModel(
            lang: site.language, siteTitle: site.title, author: site.author ?? site.organization ?? site.title,
            id: entryID("feed"), updated: entries.first?.updated ?? "1970-01-01T00:00:00Z",
            selfHref: graph.hasFullBaseURL ? graph.baseURL + "feed.xml" : "feed.xml",
            homeHref: graph.hasFullBaseURL ? graph.baseURL : PageRoute.home.file,
            entries: entries.map(\.entry))
        return templates.render("feed", feed)
    }

    /// A stable id for the feed or an entry: the page address when the base URL is full, else a tag URI.
    private func entryID(_ name: String) -> String {
        if graph.hasFullBaseURL { return graph.baseURL + "changes/#" + name }
        return "tag:vista,2026:" + HTML.encodePath(graph.basePath) + name
    }

    /// An RFC 3339 time: the day's first moment in UTC, or the day at the time written (`09:30:00+02:00`).
    static func atomTime(_ day: Period, time: String?) -> String {
        let date = String(day.description.prefix(10))
        guard var time else { return date + "T00:00:00Z" }
        if time.count == 5 || (time.count > 5 && !time.dropFirst(5).hasPrefix(":")) {
            time.insert(contentsOf: ":00", at: time.index(time.startIndex, offsetBy: 5))
        }
        if !(time.hasSuffix("Z") || time.dropLast(5).hasSuffix("+") || time.dropLast(5).hasSuffix("-")) { time += "Z" }
        return date + "T" + time
    }
}
