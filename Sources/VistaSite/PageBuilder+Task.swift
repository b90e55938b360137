import VistaContent

extension PageBuilder {
    /// The task inventory: the savings waterfall and the table, sorted by saving, with totals.
    func tasksIndex() -> Main {
        state.use(.all(.tasks))
        var model = TasksPage(title: words["tasks.title"], hasTasks: !content.tasks.isEmpty, headline: headline(graph.totals, scope: allTasksScope))
        if !content.tasks.isEmpty {
            model.waterfall = templates.render("chart", components.figure(components.charts.waterfall(for: content.tasks, title: words["chart.waterfall_title"]), state: state))
            model.taskTable = templates.render("task-table", components.taskTable(content.tasks, state: state))
            model.hoursChart = templates.render("chart", components.figure(components.charts.hoursByTask(content.tasks), state: state))
        }
        return Main(title: words["tasks.title"], description: words("tasks.description", ["site": content.site.title]),
                    breadcrumbs: [(words["nav.home"], .home)], model: model)
    }

    /// One analysis: the facts, the six questions, the alternatives, the recommendation, the cost.
    func task(_ task: TaskAnalysis) -> Main {
        state.use(file: task.file)
        let figures = graph.figures[task.id]
        var model = TaskPage(title: task.title, owner: task.owner ?? "", channel: task.channel ?? "")
        model.facts = facts(task, figures: figures)
        model.questions = TaskAnalysis.Question.allCases.map { question in
            let answer = markdown.block(task.answer(to: question), state: state)
            var item = TaskPage.Question(prompt: words["question." + question.rawValue], answered: task.isAnswered(question), key: question.rawValue,
                                         answer: answer, hasAnswer: !answer.isEmpty)
            if question == .better, !task.questions.alternatives.isEmpty {
                item.alternatives = task.questions.alternatives.map { alternative in
                    TaskPage.Alternative(
                        option: alternative.option,
                        pros: alternative.pros.map { TaskPage.Point(text: markdown.inline($0, state: state)) }, hasPros: !alternative.pros.isEmpty,
                        cons: alternative.cons.map { TaskPage.Point(text: markdown.inline($0, state: state)) }, hasCons: !alternative.cons.isEmpty)
                }
                item.hasAlternatives = true
            }
            return item
        }
        let open = task.openQuestions.count
        if open > 0 { model.openCount = words.plural("task.open_questions", count: Double(open), countText: String(open)) }
        model.answeredCount = words("task.answered_count", ["answered": String(6 - open), "total": "6"])
        if let recommendation = task.recommendation {
            model.recommendation = self.recommendation(recommendation, task: task)
        }
        if let figures, figures.isCosted {
            model.cost = cost(task, figures: figures)
            if let spec = components.charts.beforeAfter(for: task) {
                model.costChart = templates.render("chart", components.figure(spec, state: state))
            }
        }
        model.notCosted = figures?.isCosted == false
        // Proposals and merged tasks that name this task are back-references: a change to one of them
        // re-renders this page through `DependencyGraph.backReferences`.
        let proposals = graph.proposalsByTask[task.id] ?? []
        for proposal in proposals { state.use(file: proposal.file) }
        model.proposals = proposals.map { LinkItem(title: $0.title, href: link(.proposal($0.id))) }
        model.hasProposals = !proposals.isEmpty
        let mergedHere = graph.mergedInto[task.id] ?? []
        for merged in mergedHere { state.use(file: merged.file) }
        model.mergedFrom = mergedHere.map { LinkItem(title: $0.title, href: link(.task($0.id))) }
        model.hasMergedFrom = !mergedHere.isEmpty
        let description = markdown.plain(task.recommendation?.summary ?? task.questions.why)
        return Main(title: task.title, description: description.isEmpty ? words("task.description", ["title": task.title]) : description,
                    breadcrumbs: [(words["nav.home"], .home), (words["nav.tasks"], .tasks)], model: model)
    }

    /// The cost table's figures, the rates and the one-off cost with its payback.
    private func cost(_ task: TaskAnalysis, figures: TaskFigures) -> TaskPage.Cost {
        var cost = TaskPage.Cost(totals: components.totals(CostTotals([figures], horizonYears: figures.horizonYears)))
        cost.hourlyRate = format.money(figures.hourlyRate)
        cost.runsNow = format.number(figures.current.runsPerYear)
        cost.runsProposed = format.number(figures.proposed.runsPerYear)
        cost.hoursPerRunNow = format.hoursPerRun(figures.current.hoursPerRun)
        cost.hoursPerRunProposed = format.hoursPerRun(figures.proposed.hoursPerRun)
        cost.proposedHours = format.hours(figures.proposed.hoursPerYear)
        if figures.proposedRate != figures.hourlyRate, figures.proposed.hoursPerYear > 0 {
            cost.proposedRate = format.money(figures.proposedRate)
            cost.proposedTeam = task.recommendation?.team?.value ?? ""
        }
        if let recommendation = task.recommendation, figures.oneOffCost != 0 {
            cost.oneOffMoney = recommendation.oneOffCost.map(format.money) ?? ""
            cost.oneOffHours = recommendation.oneOffHours.map(format.hours) ?? ""
            cost.oneOffHoursCost = format.money(figures.oneOffHours * figures.hourlyRate)
        }
        return cost
    }

    private func facts(_ task: TaskAnalysis, figures: TaskFigures?) -> [TaskPage.Fact] {
        let workload = task.workload
        var facts: [TaskPage.Fact] = []
        facts.append(TaskPage.Fact(label: words["task.frequency"], value: workload.frequency.map { components.frequencyLabel($0, runs: workload.runs) } ?? words["task.not_given"]))
        facts.append(TaskPage.Fact(label: words["task.runs_per_year"], value: format.number(workload.runs)))
        facts.append(TaskPage.Fact(label: words["task.effort_per_run"], value: task.isCosted ? format.hours(workload.effortHours) : words["task.not_given"]))
        facts.append(TaskPage.Fact(label: words["task.recipients"], value: format.number(workload.recipients)))
        if workload.readingMinutes > 0 {
            facts.append(TaskPage.Fact(label: words["task.reading_time"], value: words("task.reading_minutes", ["minutes": format.number(workload.readingMinutes)])))
        }
        if workload.extraCostPerYear > 0 { facts.append(TaskPage.Fact(label: words["task.other_costs"], value: words("task.per_year", ["amount": format.money(workload.extraCostPerYear)]))) }
        if let channel = task.channel { facts.append(TaskPage.Fact(label: words["task.channel"], value: channel)) }
        if let owner = task.owner { facts.append(TaskPage.Fact(label: words["task.owner"], value: owner)) }
        if let team = task.team { facts.append(TaskPage.Fact(label: words["task.team"], value: team.value)) }
        if let figures { facts.append(TaskPage.Fact(label: words["task.hourly_rate"], value: format.money(figures.hourlyRate))) }
        return facts
    }

    private func recommendation(_ recommendation: Recommendation, task: TaskAnalysis) -> TaskPage.Recommendation {
        var model = TaskPage.Recommendation(action: components.actionLabel(recommendation.action), actionClass: recommendation.action.rawValue,
                                            summary: markdown.block(recommendation.summary, state: state))
        if let into = recommendation.into, let target = graph.task(into.value) {
            state.use(file: target.file)
            model.into = LinkItem(title: target.title, href: link(.task(target.id)))
        }
        guard !recommendation.action.removesTask, recommendation.action != .keep else { return model }
        let changes = recommendation.changes
        let before = task.workload, after = changes.applied(to: before)
        var rows: [TaskPage.Change] = []
        if changes.frequency != nil || changes.runsPerYear != nil {
            rows.append(TaskPage.Change(label: words["task.frequency"], from: before.frequency.map { components.frequencyLabel($0, runs: before.runs) } ?? "—",
                         to: after.frequency.map { components.frequencyLabel($0, runs: after.runs) } ?? "—"))
        }
        if changes.effortHours != nil { rows.append(TaskPage.Change(label: words["task.effort_per_run"], from: format.hours(before.effortHours), to: format.hours(after.effortHours))) }
        if changes.recipients != nil { rows.append(TaskPage.Change(label: words["task.recipients"], from: format.number(before.recipients), to: format.number(after.recipients))) }
        if changes.readingMinutes != nil {
            rows.append(TaskPage.Change(label: words["task.reading_time"], from: words("task.minutes", ["minutes": format.number(before.readingMinutes)]), to: words("task.minutes", ["minutes": format.number(after.readingMinutes)])))
        }
        if changes.extraCostPerYear != nil { rows.append(TaskPage.Change(label: words["task.other_costs"], from: format.money(before.extraCostPerYear), to: format.money(after.extraCostPerYear))) }
        model.changes = rows
        model.hasChanges = !rows.isEmpty
        return model
    }
}
