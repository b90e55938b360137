extension ContentChecks {
    /// A snapshot that names a task or metric that no longer exists: not an error (the site shows
    /// it as removed), but worth knowing, since a renamed file looks like one removed and one added.
    func historyChecks() -> [Diagnostic] {
        let tasks = Set(content.tasks.map(\.id)), metrics = Set(content.metrics.map(\.id))
        var diagnostics: [Diagnostic] = []
        for snapshot in content.history.snapshots {
            for task in snapshot.figures.tasks where !tasks.contains(task.id) {
                diagnostics.append(.warning(task.location ?? snapshot.location, "the snapshot names the task '\(task.id)', which no longer exists; it is shown as removed",
                                            hint: "if the task was renamed, its history starts again under the new id"))
            }
            for metric in snapshot.figures.metrics where !metrics.contains(metric.id) {
                diagnostics.append(.warning(metric.location ?? snapshot.location, "the snapshot names the metric '\(metric.id)', which no longer exists; it is shown as removed",
                                            hint: "if the metric was renamed, its history starts again under the new id"))
            }
        }
        return diagnostics
    }
}
