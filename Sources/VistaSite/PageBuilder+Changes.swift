import VistaContent

extension PageBuilder {
    /// `changes/index.html`: what is not yet in a snapshot, every snapshot newest first with what
    /// changed since the one before and its note, and every decision taken.
    func changes() -> Main {
        state.use(.all(.tasks))
        state.use(.all(.metrics))
        state.use(.all(.proposals))
        let changes = graph.changes
        var model = ChangesPage(title: words["changes.title"], feedHref: state.route.link(toFile: "feed.xml"))
        if let latest = changes.history.snapshots.last, changes.hasUnrecordedChanges {
            let comparison = SnapshotComparison(from: latest.figures, to: changes.current)
            model.pending = ChangesPage.Pending(changes: changeList(comparison, route: state.route, withProposals: true, withTasks: true),
                                                date: format.period(latest.date), datetime: latest.date.htmlDateTime ?? "")
        }
        model.snapshots = changes.history.pairsNewestFirst.map { snapshot, previous in
            let item = snapshotItem(snapshot)
            var entry = ChangesPage.SnapshotEntry(id: item.id, date: item.date, datetime: item.datetime, time: item.time, note: item.note)
            if let previous {
                let comparison = SnapshotComparison(from: previous.figures, to: snapshot.figures)
                entry.changes = changeList(comparison, route: state.route, withProposals: true, withTasks: true)
                entry.previousDate = format.period(previous.date)
            } else {
                entry.first = firstSnapshot(snapshot)
            }
            return entry
        }
        model.hasSnapshots = !model.snapshots.isEmpty
        model.decisions = decisionLog(of: content.proposals, withProposals: true)
        model.hasDecisions = !model.decisions.isEmpty
        return Main(title: words["changes.title"], description: words("changes.description", ["site": content.site.title]),
                    breadcrumbs: [(words["nav.home"], .home)], model: model)
    }

    /// A snapshot's heading: its day, time and note.
    func snapshotItem(_ snapshot: Snapshot) -> (id: String, date: String, datetime: String, time: String, note: String) {
        (snapshot.id, format.period(snapshot.date), snapshot.date.htmlDateTime ?? "",
         snapshot.time.map { String($0.prefix(5)) } ?? "", snapshot.note ?? "")
    }

    /// What the first snapshot recorded: its headline figures.
    func firstSnapshot(_ snapshot: Snapshot) -> ChangeList.First {
        let totals = snapshot.figures.totals
        return ChangeList.First(current: format.money(totals.current), proposed: format.money(totals.proposed),
                                savings: format.money(totals.savings), taskCount: "\(snapshot.figures.tasks.count)",
                                metricCount: "\(snapshot.figures.metrics.count)")
    }

    /// Decisions, newest first, as the `decisions` partial reads them.
    func decisionLog(of proposals: [Proposal], withProposals: Bool) -> [DecisionItem] {
        var entries: [(Proposal, Proposal.Decision)] = []
        for proposal in proposals { entries += proposal.decisions.map { (proposal, $0) } }
        return entries.sorted { ($0.1.date, $1.0.id) > ($1.1.date, $0.0.id) }.map { proposal, decision in
            var item = DecisionItem(date: format.period(decision.date), datetime: decision.date.htmlDateTime ?? "",
                                    decision: decision.decision, decisionClass: ContentID.slug(decision.decision),
                                    by: decision.by ?? "", note: decision.note ?? "")
            if withProposals { item.proposal = LinkItem(title: proposal.title, href: link(.proposal(proposal.id))) }
            return item
        }
    }
}
