/// `headline`: the figures over a set of tasks and the words after "over".
struct Headline: TemplateModel {
    @Inline var totals = Totals()
    /// The words after "over" in the headline sentence.
    var scope = ""
    var hasSavings = false
    var tasksHref = ""
}
