/// `tasks`: the task inventory.
struct TasksPage: TemplateModel {
    var title = ""
    var hasTasks = false
    var headline = Headline()
    /// HTML.
    var waterfall = ""
    /// HTML.
    var taskTable = ""
    /// HTML.
    var hoursChart = ""
}

/// `task`: one analysis: the facts, the cost, the recommendation, the six questions.
struct TaskPage: TemplateModel {
    var title = ""
    var owner = ""
    var channel = ""
    var facts: [Fact] = []
    var questions: [Question] = []
    /// "1 question is still open".
    var openCount = ""
    /// "4 of 6 answered".
    var answeredCount = ""
    var recommendation: Recommendation?
    var cost: Cost?
    /// HTML.
    var costChart = ""
    /// The task has no `effort_hours` yet; then there is no `cost`.
    var notCosted = false
    var proposals: [LinkItem] = []
    var hasProposals = false
    var mergedFrom: [LinkItem] = []
    var hasMergedFrom = false

    struct Fact: TemplateModel {
        var label = ""
        var value = ""
    }

    struct Question: TemplateModel {
        var prompt = ""
        var answered = false
        var key = ""
        /// HTML.
        var answer = ""
        var hasAnswer = false
        var alternatives: [Alternative] = []
        var hasAlternatives = false
    }

    struct Alternative: TemplateModel {
        var option = ""
        var pros: [Point] = []
        var hasPros = false
        var cons: [Point] = []
        var hasCons = false
    }

    /// A pro or a con.
    struct Point: TemplateModel {
        /// HTML.
        var text = ""
    }

    struct Recommendation: TemplateModel {
        var action = ""
        var actionClass = ""
        /// HTML.
        var summary = ""
        var into: LinkItem?
        var changes: [Change] = []
        var hasChanges = false
    }

    /// A row of "What changes".
    struct Change: TemplateModel {
        var label = ""
        var from = ""
        var to = ""
    }

    /// The cost table's figures, the rates and the one-off cost with its payback.
    struct Cost: TemplateModel {
        @Inline var totals = Totals()
        var hourlyRate = ""
        var runsNow = ""
        var runsProposed = ""
        /// With `≈` in front when rounded.
        var hoursPerRunNow = ""
        var hoursPerRunProposed = ""
        var proposedHours = ""
        /// When the proposed way has another rate.
        var proposedRate = ""
        var proposedTeam = ""
        var oneOffMoney = ""
        var oneOffHours = ""
        var oneOffHoursCost = ""
    }
}
