/// `change-list`: what changed between two snapshots, or what the first one recorded. Every
/// variable is set (false or empty when it does not apply), so that a section never picks up a
/// variable of the page around it.
struct ChangeList: TemplateModel {
    var hasChanges = false
    @FalseWhenNil var savings: Savings? = nil
    @FalseWhenNil var first: First? = nil
    var metrics: [MetricChange] = []
    var milestones: [MilestoneChange] = []
    var statuses: [StatusChange] = []
    /// The changes page and the feed only.
    var tasks: [TaskChange] = []

    /// The saving per year, before and after.
    struct Savings: TemplateModel {
        var from = ""
        var to = ""
        /// The amount without sign.
        var change = ""
        /// "good" or "bad".
        var verdict = ""
        var up = false
    }

    /// What the first snapshot recorded: its headline figures.
    struct First: TemplateModel {
        var current = ""
        var proposed = ""
        var savings = ""
        var taskCount = ""
        var metricCount = ""
    }

    /// A value before and after.
    struct FromTo: TemplateModel {
        var from = ""
        var to = ""
    }

    /// A proposal's title and link (no link when it is no longer published).
    struct ProposalLink: TemplateModel {
        var proposalTitle = ""
        var proposalHref = ""
        var removedProposal = false
    }

    struct MetricChange: TemplateModel {
        var title = ""
        var href = ""
        var removed = false
        var added = false
        var from = ""
        var fromPeriod = ""
        var to = ""
        var toPeriod = ""
        var change = ""
        var percent = ""
        var verdict = ""
        var better = false
        var worse = false
        var targetMet = false
        var targetMissed = false
    }

    struct MilestoneChange: TemplateModel {
        var title = ""
        var date = ""
        var done = false
        var added = false
        @FalseWhenNil var slipped: FromTo? = nil
        @FalseWhenNil var forward: FromTo? = nil
        @FalseWhenNil var proposal: ProposalLink? = nil
    }

    struct StatusChange: TemplateModel {
        @Inline var proposal = ProposalLink()
        var removed = false
        var added = false
        var from = ""
        var to = ""
        var toClass = ""
    }

    struct TaskChange: TemplateModel {
        var title = ""
        var href = ""
        var removed = false
        var added = false
        @FalseWhenNil var current: FromTo? = nil
        @FalseWhenNil var proposed: FromTo? = nil
        @FalseWhenNil var action: FromTo? = nil
    }
}

/// `since`: what changed since the last snapshot, on the home page (the site) or a proposal page.
struct Since: TemplateModel {
    @Inline var changes = ChangeList()
    /// "8 Oct 2026".
    var date = ""
    var datetime = ""
    var changesHref = ""
}

/// One entry of `decisions`.
struct DecisionItem: TemplateModel {
    var date = ""
    var datetime = ""
    var decision = ""
    /// "approved", "deferred", …
    var decisionClass = ""
    var by = ""
    var note = ""
    /// On the changes page only.
    var proposal: LinkItem?
}
