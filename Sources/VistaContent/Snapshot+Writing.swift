import Yams

extension Snapshot {
    /// The snapshot as the YAML file Vista writes: plain YAML in a fixed key order, texts double
    /// quoted so that any YAML reader gets them back as texts, emitted by Yams so that every
    /// quote and line break round-trips.
    public func yaml() throws -> String {
        var pairs: [(Node, Node)] = [(key("date"), plain(date.description))]
        if let time { pairs.append((key("time"), quoted(time))) }
        if let note { pairs.append((key("note"), quoted(note))) }
        let totals = figures.totals
        pairs.append((key("totals"), mapping([
            ("current", number(totals.current)), ("proposed", number(totals.proposed)),
            ("savings", number(SnapshotFigures.cents(totals.savings))),
            ("current_hours", number(totals.currentHours)), ("proposed_hours", number(totals.proposedHours)),
            ("savings_hours", number(SnapshotFigures.cents(totals.savingsHours))),
        ])))
        pairs.append((key("tasks"), mapping(figures.tasks.map { task in
            var fields: [(String, Node)] = [("current", number(task.current)), ("proposed", number(task.proposed))]
            if let action = task.action { fields.append(("action", plain(action))) }
            return (task.id, mapping(fields, style: .flow))
        })))
        pairs.append((key("metrics"), mapping(figures.metrics.map { metric in
            var fields: [(String, Node)] = [("period", plain(metric.period.description)), ("value", number(metric.value))]
            if let target = metric.target { fields.append(("target", number(target))) }
            if let met = metric.targetMet { fields.append(("status", plain(met ? "met" : "not-met"))) }
            return (metric.id, mapping(fields, style: .flow))
        })))
        pairs.append((key("proposals"), mapping(figures.proposals.map { proposal in
            var fields: [(String, Node)] = [("status", plain(proposal.status.rawValue))]
            if !proposal.milestones.isEmpty {
                fields.append(("milestones", .sequence(.init(proposal.milestones.map { milestone in
                    mapping([("date", plain(milestone.date.description)), ("title", quoted(milestone.title)),
                             ("done", plain(milestone.done ? "true" : "false"))], style: .flow)
                }, .implicit, .block))))
            }
            return (proposal.id, mapping(fields))
        })))
        let body = try Yams.serialize(node: .mapping(.init(pairs, .implicit, .block)), width: -1, allowUnicode: true)
        return "# A snapshot of the figures this site showed, written by Vista. Vista never edits it; commit it with the content.\n" + body
    }

    private func key(_ text: String) -> Node { .scalar(.init(text, .implicit, .plain)) }
    private func plain(_ text: String) -> Node { .scalar(.init(text, .implicit, .plain)) }
    private func quoted(_ text: String) -> Node { .scalar(.init(text, .implicit, .doubleQuoted)) }
    private func number(_ value: Double) -> Node { plain(NumberText.format(value)) }

    private func mapping(_ fields: [(String, Node)], style: Node.Mapping.Style = .block) -> Node {
        .mapping(.init(fields.map { (key($0.0), $0.1) }, .implicit, fields.isEmpty ? .flow : style))
    }
}
