/// A proposal as a list item (`proposal-list`), and the first variables of a proposal page and its slides.
struct ProposalItem: TemplateModel {
    var title = ""
    var href = ""
    /// "In progress".
    var status = ""
    /// "in-progress".
    var statusClass = ""
    /// HTML.
    var summary = ""
    var owner = ""
    /// "16 Feb 2026".
    var date = ""
    /// "2026-02-16".
    var datetime = ""
    var savings = ""
}

/// A milestone with its state against the data's "as of" period.
struct MilestoneItem: TemplateModel {
    var title = ""
    var date = ""
    /// The `datetime` attribute's value; empty for a quarter, which HTML cannot write. Named apart
    /// from the page's own `datetime`, so that an empty one cannot fall through to the proposal's date.
    var milestoneDatetime = ""
    /// "done", "due" or "overdue".
    var state = ""
    var stateLabel = ""
}
