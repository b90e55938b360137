/// The one-off cost of the changes, when it pays back and the net over the horizon, for a task or
/// a total (`one-off-cells`, and part of `headline`, task-table rows and a task's cost).
struct PaybackFigures: TemplateModel {
    var hasOneOff = false
    var oneOff = ""
    var net = ""
    var netNegative = false
    /// "3 years".
    var horizon = ""
    /// "8 months"; absent when the saving is not positive, so it never pays back.
    var paybackMonths = ""
}
