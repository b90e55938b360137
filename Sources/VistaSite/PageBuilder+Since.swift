import VistaContent

extension PageBuilder {
    /// The "Since 12 Oct 2026" block of the home page (scope: the site) or of a proposal page;
    /// nil when there is no snapshot to compare with or nothing changed.
    func since(_ proposal: Proposal? = nil) -> [String: Any]? {
        let changes = graph.changes
        // What changed depends on every task, metric and proposal, and on the history.
        state.use(.all(.tasks))
        state.use(.all(.metrics))
        state.use(.all(.proposals))
        guard let window = changes.window,
              let comparison = changes.comparison(scope: proposal.map(scope) ?? .site), !comparison.isEmpty else { return nil }
        var context = changeList(comparison, route: state.route, withProposals: proposal == nil, withTasks: false)
        context["date"] = format.period(window.from.date)
        context["datetime"] = window.from.date.htmlDateTime ?? ""
        context["changesHref"] = link(.changes)
        return context
    }

    /// What a proposal's "since" compares: the saving of its tasks, its metrics, its status and milestones.
    func scope(_ proposal: Proposal) -> SnapshotComparison.Scope {
        SnapshotComparison.Scope(tasks: graph.tasks(of: proposal).map(\.id), metrics: proposal.metrics.map(\.value), proposals: [proposal.id])
    }

    /// A comparison as the `change-list` partial reads it. Links are relative to `route`, or start
    /// with `prefix` (the feed's full base URL).
    func changeList(_ comparison: SnapshotComparison, route: PageRoute, prefix: String? = nil,
                    withProposals: Bool, withTasks: Bool) -> [String: Any] {
        let href: (PageRoute) -> String = { target in prefix.map { $0 + target.file } ?? route.link(to: target) }
        // Every key is set, so that a section never finds a value of the page around it.
        var context: [String: Any] = ["hasChanges": !comparison.isEmpty, "savings": false, "first": false, "tasks": [Any]()]
        if let savings = comparison.savings {
            context["savings"] = ["from": format.money(savings.from), "to": format.money(savings.to),
                                  "change": format.money(abs(savings.change)),
                                  "verdict": savings.change > 0 ? "good" : "bad", "up": savings.change > 0] as [String: Any]
        }
        context["metrics"] = comparison.metrics.map { change -> [String: Any] in
            let metric = graph.metric(change.id)
            let unit = metric?.unit ?? .count
            var item: [String: Any] = ["title": metric?.title ?? change.id, "removed": metric == nil || change.isRemoved,
                                       "added": change.isAdded, "better": false, "worse": false, "targetMet": false, "targetMissed": false]
            if metric != nil { item["href"] = href(.metric(change.id)) }
            if let from = change.from { item["from"] = format.value(from.value, unit: unit); item["fromPeriod"] = format.period(from.period) }
            if let to = change.to { item["to"] = format.value(to.value, unit: unit); item["toPeriod"] = format.period(to.period) }
            if let delta = change.change { item["change"] = format.change(delta, unit: unit) }
            if let percent = change.percent { item["percent"] = format.percentChange(percent) }
            if let metric, !change.isRemoved, !change.isAdded {
                let verdict = change.verdict(better: metric.better)
                item["verdict"] = verdict.rawValue
                item["better"] = verdict == .good
                item["worse"] = verdict == .bad
            }
            if let met = change.to?.targetMet, met != change.from?.targetMet { item[met ? "targetMet" : "targetMissed"] = true }
            return item
        }
        context["milestones"] = comparison.milestones.map { change -> [String: Any] in
            var item: [String: Any] = ["title": change.title, "date": format.period(change.date), "done": false, "added": false,
                                       "slipped": false, "forward": false, "proposal": false]
            if withProposals { item["proposal"] = proposalLink(change.proposal, href: href) }
            switch change.kind {
            case .done: item["done"] = true
            case .added: item["added"] = true
            case .slipped(let from, let to): item["slipped"] = ["from": format.period(from), "to": format.period(to)]
            case .broughtForward(let from, let to): item["forward"] = ["from": format.period(from), "to": format.period(to)]
            }
            return item
        }
        context["statuses"] = comparison.statuses.map { change -> [String: Any] in
            var item = proposalLink(change.proposal, href: href)
            item["removed"] = false
            item["added"] = false
            if let from = change.from { item["from"] = format.words["status." + from.wordKey] }
            if let to = change.to { item["to"] = format.words["status." + to.wordKey]; item["toClass"] = to.rawValue } else { item["removed"] = true }
            if change.from == nil { item["added"] = true }
            return item
        }
        if withTasks {
            context["tasks"] = comparison.tasks.map { change -> [String: Any] in
                let task = graph.task(change.id)
                var item: [String: Any] = ["title": task?.title ?? change.id, "removed": task == nil || change.isRemoved, "added": change.isAdded,
                                           "current": false, "proposed": false, "action": false]
                if task != nil { item["href"] = href(.task(change.id)) }
                if let from = change.from, let to = change.to {
                    if !SnapshotFigures.same(from.current, to.current) { item["current"] = ["from": format.money(from.current), "to": format.money(to.current)] }
                    if !SnapshotFigures.same(from.proposed, to.proposed) { item["proposed"] = ["from": format.money(from.proposed), "to": format.money(to.proposed)] }
                    if from.action != to.action { item["action"] = ["from": from.action ?? "none", "to": to.action ?? "none"] }
                }
                return item
            }
        }
        return context
    }

    /// A proposal's title and link (no link when it is no longer published).
    private func proposalLink(_ id: String, href: (PageRoute) -> String) -> [String: Any] {
        guard let proposal = content.proposal(id) else { return ["proposalTitle": id, "removedProposal": true] }
        return ["proposalTitle": proposal.title, "proposalHref": href(.proposal(id)), "removedProposal": false]
    }
}
