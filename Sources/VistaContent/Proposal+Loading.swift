import Yams

extension Proposal {
    static let keys = ["title", "summary", "status", "date", "owner", "sponsor", "ask", "tasks", "metrics", "milestones", "decisions"]

    /// Reads the front matter of `proposals/ID.md`; `body` is the Markdown after it.
    static func load(_ node: Node, id: String, body: MarkdownText, source: YAMLSource, sink: DiagnosticSink) -> Proposal? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "the front matter") else { return nil }
        reader.reportUnknownKeys(allowed: keys, in: "a proposal")
        let title = reader.text("title", required: true)
        var proposal = Proposal(id: id, file: source.file, title: title?.value ?? id, summary: reader.markdown("summary"),
                                status: reader.choice("status", Status.self)?.value ?? .proposed,
                                owner: reader.text("owner")?.value, sponsor: reader.text("sponsor")?.value,
                                ask: reader.markdown("ask"), body: body, location: reader.location(of: node))
        if let date = reader.period("date") {
            if date.value.granularity == .day {
                proposal.date = date.value
            } else {
                sink.error(date.location, "`date` must be a day like 2026-02-15, found \(date.value)")
            }
        }
        if let tasks = reader.value("tasks") {
            if let scalar = tasks.scalar, scalar.string.trimmingWhitespace == "all" {
                proposal.tasks = .all
            } else {
                proposal.tasks = .some(reader.textList("tasks") ?? [])
            }
        }
        proposal.metrics = reader.textList("metrics") ?? []
        for item in reader.list("milestones") ?? [] {
            guard let milestone = FieldReader(item, source: source, sink: sink, what: "a milestone") else { continue }
            milestone.reportUnknownKeys(allowed: ["date", "title", "done"], in: "a milestone")
            let date = milestone.period("date", required: true)
            let title = milestone.text("title", required: true)
            guard let date, let title else { continue }
            proposal.milestones.append(Milestone(date: date.value, title: title.value, done: milestone.bool("done") ?? false,
                                                 location: milestone.location(of: item)))
        }
        proposal.decisions = Decision.load(reader, source: source, sink: sink)
        return proposal
    }
}

extension Page {
    /// Reads the front matter of `pages/ID.md`.
    static func load(_ node: Node, id: String, body: MarkdownText, source: YAMLSource, sink: DiagnosticSink) -> Page? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "the front matter") else { return nil }
        reader.reportUnknownKeys(allowed: ["title", "summary", "nav"], in: "a page")
        let title = reader.text("title", required: true)
        return Page(id: id, file: source.file, title: title?.value ?? id, summary: reader.markdown("summary"),
                    nav: reader.bool("nav"), body: body, location: reader.location(of: node))
    }
}

extension Vision {
    /// Reads the front matter of `vision.md`.
    static func load(_ node: Node, body: MarkdownText, source: YAMLSource, sink: DiagnosticSink) -> Vision? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "the front matter") else { return nil }
        reader.reportUnknownKeys(allowed: ["title", "summary"], in: "the vision")
        let title = reader.text("title", required: true)
        return Vision(file: source.file, title: title?.value ?? "", summary: reader.markdown("summary"), body: body)
    }
}
