/// One tile of `kpi-tiles`: a metric's latest value, its change since the baseline, its target, a sparkline.
struct KPITile: TemplateModel {
    var title = ""
    var href = ""
    var value = ""
    var asOf = ""
    var change: Change?
    var target: Target?
    /// The sparkline's SVG.
    var sparkline = ""

    /// The change since the baseline.
    struct Change: TemplateModel {
        var text = ""
        /// `good`, `bad` or `unchanged`.
        var verdict = ""
        var arrow = ""
        var verdictLabel = ""
        var percent = ""
        var since = ""
    }

    /// The target and whether the latest value meets it.
    struct Target: TemplateModel {
        var text = ""
        var met = false
        var label = ""
    }
}

/// `kpi-tiles` rendered on its own (for a `kpi` embed).
struct KPITiles: TemplateModel {
    var tiles: [KPITile] = []
}
