/// `task-table`: tasks sorted by saving, largest first, with a totals row.
struct TaskTable: TemplateModel {
    var rows: [Row] = []
    var totals = Totals()
    var hasRows = false
    var count = 0
    /// Some task has a one-off cost: the table shows the one-off cost and the payback.
    var showOneOff = false

    /// One task's row.
    struct Row: TemplateModel {
        var title = ""
        var href = ""
        var frequency = ""
        var current = ""
        var proposed = ""
        var savings = ""
        var savingsHours = ""
        var action = ""
        var actionClass = ""
        var savingsPercent = ""
        var notCosted = false
        @Inline var payback = PaybackFigures()
    }
}
