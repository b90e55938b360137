/// What a page's body has already shown through its embeds, so that the template does not show it
/// again (the rule of repeats, docs/CONTENT.md): task tables and savings charts by the tasks they
/// cover, KPI tiles and charts by their metric (a metric the body shows at all gets neither from the template).
struct BodySections {
    /// The task ids of each `tasks` embed.
    private(set) var taskTables: [Set<String>] = []
    /// The task ids of each `savings` embed.
    private(set) var savingsCharts: [Set<String>] = []
    /// The metrics shown as KPI tiles.
    private(set) var tiles: Set<String> = []
    /// The metrics drawn in a chart (of any type).
    private(set) var charts: Set<String> = []

    mutating func showTaskTable(_ ids: [String]) { taskTables.append(Set(ids)) }
    mutating func showSavings(_ ids: [String]) { savingsCharts.append(Set(ids)) }
    mutating func showTiles(_ ids: [String]) { tiles.formUnion(ids) }
    mutating func showChart(_ id: String) { charts.insert(id) }

    /// The metrics the body shows in any embed, as a tile or in a chart.
    var metrics: Set<String> { tiles.union(charts) }

    /// Whether a task table of the body lists every one of `ids`.
    func hasTaskTable(covering ids: [String]) -> Bool { taskTables.contains { $0.isSuperset(of: ids) } }

    /// Whether a savings chart of the body draws every one of `ids`.
    func hasSavings(covering ids: [String]) -> Bool { savingsCharts.contains { $0.isSuperset(of: ids) } }
}
