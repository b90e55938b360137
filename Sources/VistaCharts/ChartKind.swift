/// The kinds of chart Vista draws; the raw value is the word a `chart` embed's `type:` uses.
public enum ChartKind: String, Sendable, CaseIterable {
    /// One or more series over time as lines; gaps where values are missing.
    case line
    /// Like `line`, with the area down to zero filled.
    case area
    /// Bars per category or period; horizontal when category names are long.
    case bar
    /// Bars over periods with the series stacked on each other.
    case stacked
    /// Baseline against latest value per series (or per category), as a dumbbell.
    case beforeAfter = "before-after"
    /// A starting total, signed steps, and the resulting total.
    case waterfall
    /// A tiny line without axes, for KPI tiles.
    case sparkline
    /// Cumulative net cash over months: the one-off cost at month 0, the monthly saving added each
    /// month, the payback month marked.
    case payback
}
