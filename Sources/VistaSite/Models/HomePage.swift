/// `home`: the vision, the headline saving, results so far, highlight tiles, proposals.
struct HomePage: TemplateModel {
    var title = ""
    /// HTML.
    var summary = ""
    var headline = Headline()
    var hasHeadline = false
    /// One generated sentence per highlight metric.
    var results: [Result] = []
    var hasResults = false
    /// The highlights the body does not show as tiles already.
    var tiles: [KPITile] = []
    var hasTiles = false
    /// The vision's HTML.
    var body = ""
    var proposals: [ProposalItem] = []
    var hasProposals = false
    var tasksHref = ""
    var dashboardHref = ""
    var asOf = ""
    var since: Since?

    struct Result: TemplateModel {
        var sentence = ""
        var href = ""
    }
}

/// `proposals`: every proposal as a `proposal-list`.
struct ProposalsPage: TemplateModel {
    var title = ""
    var proposals: [ProposalItem] = []
    var hasProposals = false
}

/// `page`: a page of the content's `pages/`.
struct ContentPage: TemplateModel {
    var title = ""
    /// HTML.
    var summary = ""
    /// HTML.
    var body = ""
}

/// `404`: the page web servers show for a missing address, at any depth.
struct NotFoundPage: TemplateModel {
    var title = ""
    var homeTitle = ""
    var homeHref = ""
}
