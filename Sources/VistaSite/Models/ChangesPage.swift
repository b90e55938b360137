/// `changes`: what is not yet in a snapshot, every snapshot newest first, every decision.
struct ChangesPage: TemplateModel {
    var title = ""
    var feedHref = ""
    var pending: Pending?
    var snapshots: [SnapshotEntry] = []
    var hasSnapshots = false
    var decisions: [DecisionItem] = []
    var hasDecisions = false

    /// What is not yet in a snapshot, since the latest one.
    struct Pending: TemplateModel {
        @Inline var changes = ChangeList()
        var date = ""
        var datetime = ""
    }

    /// A snapshot with what changed since the one before (`changes`) or, for the first, `first`.
    struct SnapshotEntry: TemplateModel {
        var id = ""
        var date = ""
        var datetime = ""
        var time = ""
        var note = ""
        var changes: ChangeList?
        var previousDate = ""
        var first: ChangeList.First?
    }
}
