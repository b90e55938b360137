import VistaContent
import VistaMarkdown

extension PageBuilder {
    /// A proposal as slides: a title slide with the headline figures, one slide per `##` section of
    /// the body (more when a section is too long for one), the milestones and the ask. The speaker
    /// notes come back in `Main.notes`, never in the model, so that no file of the site holds them.
    func slides(_ proposal: Proposal) -> Main {
        useTasks(of: proposal)
        let tasks = graph.tasks(of: proposal)
        var model = SlidesPage(item: proposalItem(proposal))
        model.ask = markdown.inline(proposal.ask, state: state)
        model.sponsor = proposal.sponsor ?? ""
        model.proposalHref = link(.proposal(proposal.id))
        model.hasTasks = !tasks.isEmpty
        if !tasks.isEmpty {
            model.headline = headline(graph.totals(of: proposal), scope: words.plural("proposal.scope", count: Double(tasks.count), countText: String(tasks.count)))
        }
        if let asOf = graph.asOf { model.asOf = format.period(asOf) }

        var notes: [FencedCodeBlock] = []
        let blocks = markdown.renderBlocks(proposal.body, state: state,
                                           embeds: { block, text in embeds.render(block, in: text, state: state) },
                                           notes: { notes.append($0) })
        let deck = SlideSplitter().split(blocks)
        var number = 1
        model.slides = deck.slides.map { slide in
            number += 1
            return SlidesPage.Slide(number: "\(number)", section: "\(slide.section)", heading: slide.heading,
                                    hasHeading: !slide.heading.isEmpty, continued: slide.continued, html: slide.html)
        }
        // The milestones, as many slides as they need at `milestonesPerSlide` each.
        let milestones = proposal.milestones.sorted { $0.date < $1.date }.map(milestone)
        model.milestoneSlides = stride(from: 0, to: milestones.count, by: Self.milestonesPerSlide).map { start in
            number += 1
            return SlidesPage.MilestoneSlide(number: "\(number)", continued: start > 0,
                                             milestones: Array(milestones[start..<min(start + Self.milestonesPerSlide, milestones.count)]))
        }
        if proposal.ask != nil {
            number += 1
            model.askNumber = "\(number)"
            model.hasAsk = true
        }
        model.slideCount = "\(number)"
        var main = Main(title: proposal.title, description: markdown.plain(proposal.summary),
                        breadcrumbs: [(words["nav.home"], .home), (words["nav.proposals"], .proposals), (proposal.title, .proposal(proposal.id))],
                        model: model)
        if main.description.isEmpty { main.description = proposal.title }
        main.notes = speakerNotes(notes, sections: deck.notesSections, in: proposal)
        return main
    }

    /// Milestones on one slide: up to two lines each (at most 64 px at 1280 × 720) under the heading.
    static let milestonesPerSlide = 8

    /// The notes' HTML by section: several notes of one section one after the other.
    private func speakerNotes(_ notes: [FencedCodeBlock], sections: [Int], in proposal: Proposal) -> [Int: String] {
        var bySection: [Int: String] = [:]
        for (note, section) in zip(notes, sections) {
            let text = MarkdownText(note.body, location: SourceLocation(file: proposal.body.location.file, line: note.bodyLine),
                                    lineOffset: note.bodyLine - 1)
            bySection[section, default: ""] += markdown.block(text, state: state)
        }
        return bySection
    }
}
