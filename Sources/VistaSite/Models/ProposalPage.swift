/// `proposal`: one proposal with its people, the ask, milestones, savings, tasks, metrics and body.
/// `waterfall`, `taskTable`, `tiles` and `charts` leave out what the body embeds already.
struct ProposalPage: TemplateModel {
    @Inline var item = ProposalItem()
    /// HTML.
    var body = ""
    /// HTML.
    var ask = ""
    var sponsor = ""
    var slidesHref = ""
    var milestones: [MilestoneItem] = []
    var hasMilestones = false
    /// Over the proposal's own tasks.
    var headline = Headline()
    var hasTasks = false
    /// HTML.
    var waterfall = ""
    /// HTML.
    var taskTable = ""
    var hasTaskSection = false
    var tiles: [KPITile] = []
    var hasTiles = false
    /// Owner, sponsor or ask given.
    var hasFacts = false
    /// HTML of each chart.
    var charts: [String] = []
    var hasMetrics = false
    var since: Since?
    var decisions: [DecisionItem] = []
    var hasDecisions = false
    var asOf = ""
}

/// `slides`: a proposal as a deck; the template also sees the layout's variables.
struct SlidesPage: TemplateModel {
    @Inline var item = ProposalItem()
    /// HTML.
    var ask = ""
    var sponsor = ""
    var proposalHref = ""
    var hasTasks = false
    var headline: Headline?
    var asOf = ""
    var slides: [Slide] = []
    var milestoneSlides: [MilestoneSlide] = []
    var askNumber = ""
    var hasAsk = false
    var slideCount = ""

    /// One slide of the body.
    struct Slide: TemplateModel {
        /// "2".
        var number = ""
        /// 0 before the first `##`, then 1, 2, …
        var section = ""
        /// HTML inside the `<h2>`.
        var heading = ""
        var hasHeading = false
        /// The section began on an earlier slide.
        var continued = false
        var html = ""
    }

    /// A slide of milestones, eight to a slide.
    struct MilestoneSlide: TemplateModel {
        var number = ""
        var continued = false
        var milestones: [MilestoneItem] = []
    }
}
