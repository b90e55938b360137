/// The figures over a set of tasks: cost today, proposed, the saving and its percentage, the one-off
/// cost, and the outcome in words. Part of `headline`, the task table's totals and a task's cost.
struct Totals: TemplateModel {
    var current = ""
    var proposed = ""
    var savings = ""
    var savingsHours = ""
    var currentHours = ""
    var taskCount = ""
    /// "50.4 %".
    var savingsPercent = ""
    /// "−50.4 %".
    var changePercent = ""
    /// "1 task", "10 tasks".
    var taskCountLabel = ""
    @Inline var payback = PaybackFigures()
    /// "1 task is", "2 tasks are"; absent when every task is costed.
    var notCostedLabel = ""
    /// The proposed way costs more than today's.
    var costsMore = false
    var extraCost = ""
    var outcome = Outcome()

    /// What the proposed way does to money and time, as the headline sentence says it: exactly one
    /// of the cases is true.
    struct Outcome: TemplateModel {
        /// The money saved or added, without sign.
        var money = ""
        /// The hours saved or added, without sign.
        var hours = ""
        var savingMoneyAndTime = false
        var savingMoney = false
        var savingMoneyAddingTime = false
        var savingTime = false
        var savingNothing = false
        var addingTime = false
        var savingTimeCostingMoney = false
        var costingMoney = false
        var costingMoneyAndTime = false

        /// The case for the signs of the change in money and in hours (1: saved, 0: none, −1: more).
        init(money: String, moneySign: Int, hours: String, hoursSign: Int) {
            self.money = money
            self.hours = hours
            switch (moneySign, hoursSign) {
            case (1, 1): savingMoneyAndTime = true
            case (1, 0): savingMoney = true
            case (1, _): savingMoneyAddingTime = true
            case (0, 1): savingTime = true
            case (0, 0): savingNothing = true
            case (0, _): addingTime = true
            case (_, 1): savingTimeCostingMoney = true
            case (_, 0): costingMoney = true
            default: costingMoneyAndTime = true
            }
        }

        init() {}
    }
}
