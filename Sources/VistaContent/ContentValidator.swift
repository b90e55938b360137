/// Checks what no single file can check alone: that every id a file names exists, that every team
/// has a rate, and that the cost model has an hourly rate for every task.
struct ContentValidator {
    let content: Content
    let fileSystem: ContentFileSystem
    /// Ids of files that failed to load: their own diagnostics say why, references to them are not errors too.
    var unreadableIDs: Set<String> = []

    func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let taskIDs = Set(content.tasks.map(\.id))
        let metricIDs = Set(content.metrics.map(\.id))
        let pageIDs = Set(content.pages.map(\.id))

        func unknown(_ reference: Reference, kind: String, known: Set<String>) {
            guard !known.contains(reference.value), !unreadableIDs.contains(reference.value) else { return }
            let suggestion = Suggestion.closest(to: reference.value, in: known.sorted())
            diagnostics.append(.error(reference.location, "unknown \(kind) id '\(reference.value)'",
                                      hint: suggestion.map { "did you mean '\($0)'?" }
                                          ?? (known.isEmpty ? "there are no \(kind)s yet" : "known \(kind)s: \(known.sorted().prefix(12).joined(separator: ", "))")))
        }

        for highlight in content.site.highlights { unknown(highlight, kind: "metric", known: metricIDs) }
        let categorical = Set(content.metrics.filter(\.data.isCategorical).map(\.id))
        for highlight in content.site.highlights where categorical.contains(highlight.value) {
            diagnostics.append(.error(highlight.location, "'\(highlight.value)' is categorical: a highlight needs data over time",
                                      hint: "show it with a chart embed in the vision instead"))
        }
        for item in content.site.nav ?? [] {
            unknown(item, kind: "navigation", known: pageIDs.union(Content.sections))
        }
        if let logo = content.site.theme.logo, fileSystem.kind(of: logo.value) != .file {
            diagnostics.append(.error(logo.location, "the logo '\(logo.value)' is not a file in the content folder",
                                      hint: "put the file under assets/ and write its path, like assets/logo.svg"))
        }
        let rates = content.site.rates
        func hasOwnRate(_ task: TaskAnalysis) -> Bool { task.hourlyRate != nil || task.team.flatMap { rates[$0.value] } != nil }
        let withoutRate = content.tasks.filter { !hasOwnRate($0) }
        if content.site.hourlyRate == nil, !withoutRate.isEmpty {
            let tasks = withoutRate.count == 1 ? "1 task has no rate of its own" : "\(withoutRate.count) tasks have no rate of their own"
            diagnostics.append(.error(SourceLocation(file: "site.yaml"), "site.yaml has no `hourly_rate`, and \(tasks)",
                                      hint: "add hourly_rate: the cost of one person-hour, like hourly_rate: 65"))
        }
        for task in content.tasks {
            for team in [task.team, task.recommendation?.team].compactMap({ $0 }) where rates[team.value] == nil {
                let suggestion = Suggestion.closest(to: team.value, in: rates.keys.sorted())
                diagnostics.append(.error(team.location, "unknown team '\(team.value)': site.yaml's `rates` has no rate for it",
                                          hint: suggestion.map { "did you mean '\($0)'?" }
                                              ?? "add it under rates: in site.yaml, like rates: { \(team.value): 80 }"))
            }
            if !hasOwnRate(task), content.site.hourlyRate == nil {
                diagnostics.append(.error(task.location, "no hourly rate for the cost of '\(task.id)'",
                                          hint: "set hourly_rate in site.yaml, or in this task"))
            }
            if let into = task.recommendation?.into {
                unknown(into, kind: "task", known: taskIDs)
                if into.value == task.id {
                    diagnostics.append(.error(into.location, "a task cannot be merged into itself"))
                }
            }
        }
        // A data file in metrics/ that no metric names is data the site does not show.
        if unreadableIDs.isEmpty, fileSystem.kind(of: "metrics") == .directory {
            let named = Set(content.metrics.compactMap(\.dataFile))
            for name in fileSystem.list("metrics") where DataFiles.Kind.isData(name) && !named.contains("metrics/" + name) {
                let id = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
                diagnostics.append(.warning(SourceLocation(file: "metrics/" + name), "no metric names this file in `data:`, so the site does not show it",
                                            hint: "add metrics/\(id).yaml with a title and data: \(name)"))
            }
        }
        for proposal in content.proposals {
            if case .some(let references) = proposal.tasks {
                for reference in references { unknown(reference, kind: "task", known: taskIDs) }
            }
            for reference in proposal.metrics { unknown(reference, kind: "metric", known: metricIDs) }
        }
        return diagnostics
    }
}
