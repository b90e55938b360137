import Yams

extension TaskAnalysis {
    static let keys = ["title", "owner", "frequency", "runs_per_year", "effort_hours", "recipients", "reading_minutes",
                       "extra_cost_per_year", "hourly_rate", "team", "channel", "questions", "recommendation"]
    static let questionKeys = ["why", "better", "alternatives", "obstacles", "where", "when", "who"]
    static let recommendationKeys = ["action", "summary", "frequency", "effort_hours", "recipients", "reading_minutes",
                                     "extra_cost_per_year", "runs_per_year", "into", "one_off_cost", "one_off_hours",
                                     "team", "hourly_rate"]

    /// Reads `tasks/ID.yaml`.
    static func load(_ node: Node, id: String, source: YAMLSource, sink: DiagnosticSink) -> TaskAnalysis? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "a task") else { return nil }
        reader.reportUnknownKeys(allowed: keys, in: "a task")
        let title = reader.text("title", required: true)
        var workload = readWorkload(reader, base: nil)
        if workload.frequency == nil, reader.value("frequency") == nil {
            sink.warning(reader.location(of: node), "the task has no `frequency`, so its cost counts as 0",
                         hint: "add frequency: daily, weekly, monthly, … or on-demand with runs_per_year")
        }
        checkRunsPerYear(reader, frequency: workload.frequency, runs: workload.runsPerYear, context: "the task")
        if workload.frequency != .onDemand { workload.runsPerYear = nil }
        var task = TaskAnalysis(id: id, file: source.file, title: title?.value ?? id, owner: reader.text("owner")?.value,
                                workload: workload, hourlyRate: reader.number("hourly_rate")?.value,
                                team: reader.text("team"), isCosted: reader.value("effort_hours") != nil,
                                channel: reader.text("channel")?.value, location: reader.location(of: node))
        if let questions = reader.mappingReader("questions") {
            task.questions = readQuestions(questions)
        }
        if reader.keys.contains("questions") { task.questionsLocation = reader.location(ofKey: "questions") }
        if let recommendation = reader.mappingReader("recommendation") {
            task.recommendation = readRecommendation(recommendation, task: task)
        }
        return task
    }

    /// The workload fields of a task (base nil) or the changes of a recommendation.
    static func readWorkload(_ reader: FieldReader, base: Workload?) -> Workload {
        var workload = base ?? Workload()
        if let text = reader.text("frequency") {
            if let frequency = Frequency.parse(text.value) {
                workload.frequency = frequency
            } else {
                reader.sink.error(text.location, "unknown frequency '\(text.value)'; expected one of: \(Frequency.names.joined(separator: ", "))",
                                  hint: Suggestion.closest(to: text.value, in: Array(Frequency.names.prefix(6)) + ["on-demand"]).map { "did you mean '\($0)'?" })
            }
        }
        if let runs = reader.number("runs_per_year") { workload.runsPerYear = runs.value }
        if let effort = reader.number("effort_hours") { workload.effortHours = effort.value }
        if let recipients = reader.number("recipients", integer: true) { workload.recipients = recipients.value }
        if let minutes = reader.number("reading_minutes") { workload.readingMinutes = minutes.value }
        if let extra = reader.number("extra_cost_per_year") { workload.extraCostPerYear = extra.value }
        return workload
    }

    /// `on-demand` needs `runs_per_year`; other frequencies don't use it.
    static func checkRunsPerYear(_ reader: FieldReader, frequency: Frequency?, runs: Double?, context: String) {
        if frequency == .onDemand, runs == nil {
            reader.sink.error(reader.location(ofKey: "frequency"), "\(context) runs on-demand, so it needs `runs_per_year`",
                              hint: "add runs_per_year: the number of runs in a typical year")
        } else if let frequency, frequency != .onDemand, reader.value("runs_per_year") != nil {
            reader.sink.warning(reader.location(ofKey: "runs_per_year"),
                                "`runs_per_year` is used only with frequency: on-demand; \(frequency) means \(NumberText.format(frequency.runsPerYear ?? 0)) runs a year")
        }
    }

    static func readQuestions(_ reader: FieldReader) -> Questions {
        reader.reportUnknownKeys(allowed: questionKeys, in: "questions")
        var questions = Questions(why: reader.markdown("why"), better: reader.markdown("better"),
                                  obstacles: reader.markdown("obstacles"), where: reader.markdown("where"),
                                  when: reader.markdown("when"), who: reader.markdown("who"))
        for item in reader.list("alternatives") ?? [] {
            guard let alternative = FieldReader(item, source: reader.source, sink: reader.sink, what: "an alternative") else { continue }
            alternative.reportUnknownKeys(allowed: ["option", "pros", "cons"], in: "an alternative")
            guard let option = alternative.text("option", required: true) else { continue }
            questions.alternatives.append(Alternative(option: option.value,
                                                      pros: markdownList(alternative, "pros"),
                                                      cons: markdownList(alternative, "cons")))
        }
        return questions
    }

    static func markdownList(_ reader: FieldReader, _ key: String) -> [MarkdownText] {
        warnAboutSplitText(reader, key)
        return (reader.list(key) ?? []).compactMap { item in
            if case .scalar(let scalar) = item, FieldReader.isNull(scalar) { return nil }
            return FieldReader.markdown(item, key: key, reader: reader)
        }
    }

    static func readRecommendation(_ reader: FieldReader, task: TaskAnalysis) -> Recommendation? {
        reader.reportUnknownKeys(allowed: recommendationKeys, in: "the recommendation")
        guard let action = reader.choice("action", Recommendation.Action.self, required: true) else { return nil }
        var changes = WorkloadChanges()
        if let text = reader.text("frequency") {
            changes.frequency = Frequency.parse(text.value)
            if changes.frequency == nil {
                reader.sink.error(text.location, "unknown frequency '\(text.value)'; expected one of: \(Frequency.names.joined(separator: ", "))")
            }
        }
        changes.runsPerYear = reader.number("runs_per_year")?.value
        changes.effortHours = reader.number("effort_hours")?.value
        changes.recipients = reader.number("recipients", integer: true)?.value
        changes.readingMinutes = reader.number("reading_minutes")?.value
        changes.extraCostPerYear = reader.number("extra_cost_per_year")?.value
        let proposedFrequency = changes.frequency ?? task.workload.frequency
        if changes.frequency != nil || changes.runsPerYear != nil {
            checkRunsPerYear(reader, frequency: proposedFrequency,
                             runs: changes.runsPerYear ?? task.workload.runsPerYear,
                             context: "the recommendation")
        }
        let into = reader.text("into")
        if action.value == .merge, into == nil {
            reader.sink.error(action.location, "action: merge needs `into`: the id of the task it is merged into")
        } else if action.value != .merge, let into {
            reader.sink.warning(into.location, "`into` is used only with action: merge")
        }
        if action.value == .keep || action.value.removesTask {
            let workloadKeys = ["frequency", "effort_hours", "recipients", "reading_minutes", "extra_cost_per_year", "runs_per_year",
                                "team", "hourly_rate"]
            let proposed = action.value == .keep ? "today's cost" : "zero"
            for key in reader.keys where workloadKeys.contains(key) {
                reader.sink.warning(reader.location(ofKey: key),
                                    "`\(key)` is not used with action: \(action.value.rawValue), whose proposed cost is \(proposed)",
                                    hint: "remove it, or choose reduce, automate or redistribute to change the task")
            }
        }
        let team = reader.text("team"), rate = reader.number("hourly_rate")
        if [.reduce, .automate, .redistribute].contains(action.value), changes.isEmpty, team == nil, rate == nil {
            reader.sink.warning(action.location, "action: \(action.value.rawValue) changes none of frequency, effort_hours, recipients, reading_minutes, extra_cost_per_year or runs_per_year, so it saves nothing")
        }
        return Recommendation(action: action.value, summary: reader.markdown("summary"), changes: changes,
                              into: action.value == .merge ? into : nil,
                              oneOffCost: reader.number("one_off_cost")?.value, oneOffHours: reader.number("one_off_hours")?.value,
                              team: team, hourlyRate: rate?.value, location: reader.location(of: reader.node))
    }

    /// In `[a, b]` a comma separates items, so `[Wer nicht hinschaut, sieht nichts]` is two items.
    /// An unquoted item after the first that starts with a lower-case letter is most likely the
    /// rest of a text cut at its comma: a warning at that item says how to keep it one text.
    static func warnAboutSplitText(_ reader: FieldReader, _ key: String) {
        guard case .sequence(let sequence)? = reader.value(key) else { return }
        // Two items on one line are in `[ ]` (a block list puts each `- item` on its own line).
        for (item, previous) in zip(sequence.dropFirst(), sequence) {
            guard case .scalar(let scalar) = item, scalar.style == .plain,
                  case .scalar(let before) = previous, before.style == .plain,
                  let line = scalar.mark?.line, line == before.mark?.line,
                  let first = scalar.string.first, first.isLowercase else { continue }
            reader.sink.warning(reader.location(of: item),
                                "'\(before.string), \(scalar.string)' is read as two items of `\(key)`: in [ ], a comma separates items",
                                hint: "if it is one text, put it in quotes: [\"\(before.string), \(scalar.string)\"]")
            return
        }
    }
}
