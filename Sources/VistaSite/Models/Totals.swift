import VistaSupport

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
        /// The case in the site's words (`headline.outcome.*`), as HTML.
        var text = ""
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
        init(money: String, moneySign: Int, hours: String, hoursSign: Int, words: Catalogue) {
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
            text = words("headline.outcome." + wordKey, ["money": HTML.escape(money), "hours": HTML.escape(hours)])
        }

        /// The key of the case's words: `saving_money_and_time`, …
        var wordKey: String {
            let cases = [(savingMoneyAndTime, "saving_money_and_time"), (savingMoney, "saving_money"),
                         (savingMoneyAddingTime, "saving_money_adding_time"), (savingTime, "saving_time"),
                         (savingNothing, "saving_nothing"), (addingTime, "adding_time"),
                         (savingTimeCostingMoney, "saving_time_costing_money"), (costingMoney, "costing_money")]
            return cases.first { $0.0 }?.1 ?? "costing_money_and_time"
        }

        init() {}
    }
}
