import VistaContent

extension PageBuilder {
    /// `changes/index.html`: what is not yet in a snapshot, every snapshot newest first with what
    /// changed since the one before and its note, and every decision taken.
    func changes() -> Main {
        state.use(.all(.tasks))
        state.use(.all(.metrics))
        state.use(.all(.proposals))
        let changes = graph.changes
        var context: [String: Any] = ["title": words["changes.title"], "feedHref": state.route.link(toFile: "feed.xml")]
        if let latest = changes.history.snapshots.last, changes.hasUnrecordedChanges {
            let comparison = SnapshotComparison(from: latest.figures, to: changes.current)
            context["pending"] = changeList(comparison, route: state.route, withProposals: true, withTasks: true)
                .merging(["date": format.period(latest.date), "datetime": latest.date.htmlDateTime ?? ""]) { a, _ in a }
        }
        let snapshots = changes.history.pairsNewestFirst.map { snapshot, previous in
            var item = snapshotItem(snapshot)
            if let previous {
                let comparison = SnapshotComparison(from: previous.figures, to: snapshot.figures)
                item["changes"] = changeList(comparison, route: state.route, withProposals: true, withTasks: true)
                item["previousDate"] = format.period(previous.date)
            } else {
                item["first"] = firstSnapshot(snapshot)
            }
            return item
        }
        context["snapshots"] = snapshots
        context["hasSnapshots"] = !snapshots.isEmpty
        let decisions = decisionLog(of: content.proposals, withProposals: true)
        context["decisions"] = decisions
        context["hasDecisions"] = !decisions.isEmpty
        return Main(title: words["changes.title"], description: words("changes.description", ["site": content.site.title]),
                    breadcrumbs: [(words["nav.home"], .home)], context: context)
    }

    /// A snapshot's heading: its day, time and note.
    func snapshotItem(_ snapshot: Snapshot) -> [String: Any] {
        var item: [String: Any] = ["id": snapshot.id, "date": format.period(snapshot.date),
                                   "datetime": snapshot.date.htmlDateTime ?? "", "note": snapshot.note ?? ""]
        if let time = snapshot.time { item["time"] = String(time.prefix(5)) }
        return item
    }

    /// What the first snapshot recorded: its headline figures.
    func firstSnapshot(_ snapshot: Snapshot) -> [String: Any] {
        let totals = snapshot.figures.totals
        return ["current": format.money(totals.current), "proposed": format.money(totals.proposed),
                "savings": format.money(totals.savings), "taskCount": "\(snapshot.figures.tasks.count)",
                "metricCount": "\(snapshot.figures.metrics.count)"]
    }

    /// Decisions, newest first, as the `decisions` partial reads them.
    func decisionLog(of proposals: [Proposal], withProposals: Bool) -> [[String: Any]] {
        var entries: [(Proposal, Proposal.Decision)] = []
        for proposal in proposals { entries += proposal.decisions.map { (proposal, $0) } }
        return entries.sorted { ($0.1.date, $1.0.id) > ($1.1.date, $0.0.id) }.map { proposal, decision in
            var item: [String: Any] = ["date": format.period(decision.date), "datetime": decision.date.htmlDateTime ?? "",
                                       "decision": decision.decision, "decisionClass": ContentID.slug(decision.decision),
                                       "by": decision.by ?? "", "note": decision.note ?? ""]
            if withProposals { item["proposal"] = ["title": proposal.title, "href": link(.proposal(proposal.id))] }
            return item
        }
    }
}
