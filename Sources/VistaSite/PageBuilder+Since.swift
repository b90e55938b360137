import VistaContent

extension PageBuilder {
    /// The "Since 12 Oct 2026" block of the home page (scope: the site) or of a proposal page;
    /// nil when there is no snapshot to compare with or nothing changed.
    func since(_ proposal: Proposal? = nil) -> Since? {
        let changes = graph.changes
        // The site's block compares every task, metric and proposal; a proposal's only its own tasks,
        // metrics, status and milestones. Both read which snapshots are compared.
        state.use(.sinceWindow)
        if let proposal {
            useTasks(of: proposal)
            for reference in proposal.metrics {
                if let metric = graph.metric(reference.value) { state.use(file: metric.file) } else { state.use(.all(.metrics)) }
            }
        } else {
            state.use(.all(.tasks))
            state.use(.all(.metrics))
            state.use(.all(.proposals))
        }
        guard let window = changes.window,
              let comparison = changes.comparison(scope: proposal.map(scope) ?? .site), !comparison.isEmpty else { return nil }
        return Since(changes: changeList(comparison, route: state.route, withProposals: proposal == nil, withTasks: false),
                     date: format.period(window.from.date), datetime: window.from.date.htmlDateTime ?? "",
                     changesHref: link(.changes))
    }

    /// What a proposal's "since" compares: the saving of its tasks, its metrics, its status and milestones.
    func scope(_ proposal: Proposal) -> SnapshotComparison.Scope {
        SnapshotComparison.Scope(tasks: graph.tasks(of: proposal).map(\.id), metrics: proposal.metrics.map(\.value), proposals: [proposal.id])
    }

    /// A comparison as the `change-list` partial reads it. Links are relative to `route`, or start
    /// with `prefix` (the feed's full base URL).
    func changeList(_ comparison: SnapshotComparison, route: PageRoute, prefix: String? = nil,
                    withProposals: Bool, withTasks: Bool) -> ChangeList {
        let href: (PageRoute) -> String = { target in prefix.map { $0 + target.file } ?? route.link(to: target) }
        var list = ChangeList(hasChanges: !comparison.isEmpty)
        if let savings = comparison.savings {
            list.savings = ChangeList.Savings(from: format.money(savings.from), to: format.money(savings.to),
                                              change: format.money(abs(savings.change)),
                                              verdict: savings.change > 0 ? "good" : "bad", up: savings.change > 0)
        }
        list.metrics = comparison.metrics.map { change in
            let metric = graph.metric(change.id)
            let unit = metric?.unit ?? .count
            var item = ChangeList.MetricChange(title: metric?.title ?? change.id, removed: metric == nil || change.isRemoved,
                                               added: change.isAdded)
            if metric != nil { item.href = href(.metric(change.id)) }
            if let from = change.from { item.from = format.value(from.value, unit: unit); item.fromPeriod = format.period(from.period) }
            if let to = change.to { item.to = format.value(to.value, unit: unit); item.toPeriod = format.period(to.period) }
            if let delta = change.change { item.change = format.change(delta, unit: unit) }
            if let percent = change.percent { item.percent = format.percentChange(percent) }
            if let metric, !change.isRemoved, !change.isAdded {
                let verdict = change.verdict(better: metric.better)
                item.verdict = verdict.rawValue
                item.better = verdict == .good
                item.worse = verdict == .bad
            }
            if let met = change.to?.targetMet, met != change.from?.targetMet {
                if met { item.targetMet = true } else { item.targetMissed = true }
            }
            return item
        }
        list.milestones = comparison.milestones.map { change in
            var item = ChangeList.MilestoneChange(title: change.title, date: format.period(change.date))
            if withProposals { item.proposal = proposalLink(change.proposal, href: href) }
            switch change.kind {
            case .done: item.done = true
            case .added: item.added = true
            case .slipped(let from, let to): item.slipped = ChangeList.FromTo(from: format.period(from), to: format.period(to))
            case .broughtForward(let from, let to): item.forward = ChangeList.FromTo(from: format.period(from), to: format.period(to))
            }
            return item
        }
        list.statuses = comparison.statuses.map { change in
            var item = ChangeList.StatusChange(proposal: proposalLink(change.proposal, href: href))
            if let from = change.from { item.from = format.words["status." + from.wordKey] }
            if let to = change.to { item.to = format.words["status." + to.wordKey]; item.toClass = to.rawValue } else { item.removed = true }
            if change.from == nil { item.added = true }
            return item
        }
        if withTasks {
            list.tasks = comparison.tasks.map { change in
                let task = graph.task(change.id)
                var item = ChangeList.TaskChange(title: task?.title ?? change.id, removed: task == nil || change.isRemoved, added: change.isAdded)
                if task != nil { item.href = href(.task(change.id)) }
                if let from = change.from, let to = change.to {
                    if !SnapshotFigures.same(from.current, to.current) { item.current = ChangeList.FromTo(from: format.money(from.current), to: format.money(to.current)) }
                    if !SnapshotFigures.same(from.proposed, to.proposed) { item.proposed = ChangeList.FromTo(from: format.money(from.proposed), to: format.money(to.proposed)) }
                    if from.action != to.action { item.action = ChangeList.FromTo(from: from.action ?? "none", to: to.action ?? "none") }
                }
                return item
            }
        }
        return list
    }

    /// A proposal's title and link (no link when it is no longer published).
    private func proposalLink(_ id: String, href: (PageRoute) -> String) -> ChangeList.ProposalLink {
        guard let proposal = content.proposal(id) else { return ChangeList.ProposalLink(proposalTitle: id, removedProposal: true) }
        return ChangeList.ProposalLink(proposalTitle: proposal.title, proposalHref: href(.proposal(id)))
    }
}
