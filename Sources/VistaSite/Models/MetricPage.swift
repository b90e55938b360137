/// `dashboard`: every metric, a tile and a chart each.
struct DashboardPage: TemplateModel {
    var title = ""
    var asOf = ""
    var tiles: [KPITile] = []
    var hasTiles = false
    var metrics: [Card] = []
    var hasMetrics = false

    struct Card: TemplateModel {
        var title = ""
        var href = ""
        /// HTML.
        var chart = ""
        var tile: KPITile?
    }
}

/// `metric`: one metric with its chart, figures, events and data.
struct MetricPage: TemplateModel {
    var title = ""
    /// HTML.
    var description = ""
    /// HTML, with its data table shown.
    var chart = ""
    var csvHref = ""
    var csvName = ""
    /// "Lower is better".
    var better = ""
    var figures: [Figure] = []
    var hasFigures = false
    var events: [Event] = []
    var hasEvents = false
    var proposals: [LinkItem] = []
    var hasProposals = false

    struct Figure: TemplateModel {
        var label = ""
        var value = ""
        var note = ""
        /// "good", "bad" or "unchanged".
        var verdict = ""
    }

    struct Event: TemplateModel {
        var date = ""
        var label = ""
    }
}
