/// Which model each built-in template reads, and which models each section of docs/THEMING.md
/// describes. Tests hold the templates and the documentation to these lists, so that a renamed
/// variable cannot leave a blank on a page or a wrong line in the documentation.
enum TemplateModels {
    /// The models whose variables a template sees at its own level. A partial also sees the
    /// variables of the templates that include it.
    static var byTemplate: [String: [any TemplateModel.Type]] { [
        "layout": [LayoutModel.self],
        "site-head": [SiteVariables.self], "site-header": [SiteVariables.self], "site-footer": [SiteVariables.self],
        "home": [HomePage.self], "proposals": [ProposalsPage.self], "proposal": [ProposalPage.self],
        "tasks": [TasksPage.self], "task": [TaskPage.self], "dashboard": [DashboardPage.self], "metric": [MetricPage.self],
        "page": [ContentPage.self], "404": [NotFoundPage.self], "changes": [ChangesPage.self], "feed": [FeedModel.self],
        "slides": [SlidesPage.self, LayoutModel.self],
        "chart": [ChartFigure.self], "kpi-tiles": [KPITiles.self], "task-table": [TaskTable.self], "headline": [Headline.self],
        "proposal-list": [ProposalItem.self], "since": [Since.self], "change-list": [ChangeList.self],
        "decisions": [DecisionItem.self], "one-off-cells": [PaybackFigures.self],
    ] }

    /// The models each section of docs/THEMING.md lists the variables of, by the section's title. A
    /// section lists every variable of its models, and of the models they hold, except those of a
    /// model another section describes (it says "see *headline*" instead).
    static var bySection: [String: [any TemplateModel.Type]] { [
        "layout": [LayoutModel.self, SiteVariables.self, SiteVariables.NavItem.self, SiteVariables.Accent.self],
        "site-head, site-header, site-footer": [SiteVariables.self],
        "home": [HomePage.self],
        "headline (partial)": [Headline.self, Totals.self, Totals.Outcome.self, PaybackFigures.self],
        "proposals, proposal-list (partial)": [ProposalsPage.self, ProposalItem.self],
        "proposal": [ProposalPage.self, MilestoneItem.self],
        "tasks": [TasksPage.self],
        "task-table (partial)": [TaskTable.self],
        "task": [TaskPage.self],
        "dashboard": [DashboardPage.self],
        "metric": [MetricPage.self],
        "kpi-tiles (partial)": [KPITiles.self, KPITile.self],
        "chart (partial)": [ChartFigure.self],
        "since (partial)": [Since.self],
        "change-list (partial)": [ChangeList.self, ChangeList.First.self],
        "changes": [ChangesPage.self],
        "decisions (partial)": [DecisionItem.self],
        "feed": [FeedModel.self],
        "page": [ContentPage.self],
        "404": [NotFoundPage.self],
        "slides": [SlidesPage.self],
    ] }
}
