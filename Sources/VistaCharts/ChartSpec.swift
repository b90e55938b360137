import VistaSupport

/// What a chart shows: its kind, its axis and series, and the annotations that give them meaning.
///
/// The site builds one from a metric (periods, series, unit, `better`, target, baseline, events)
/// or with `ChartSpec.waterfall(…)` from the task savings.
public struct ChartSpec: Sendable {
    /// How the data is drawn.
    public var kind: ChartKind
    /// The chart's title: its accessible name, and the caption of its data table.
    public var title: String
    /// The positions the values belong to.
    public var axis: ChartAxis
    /// The series; each has one value per axis position.
    public var series: [ChartSeries]
    /// What the values measure.
    public var unit: ValueUnit
    /// Which way a change is good; colours changes and words the description.
    public var direction: Direction
    /// An optional goal, drawn as a line with its label.
    public var target: Double?
    /// The axis index changes are measured from; `nil` means each series' first value.
    public var baselineIndex: Int?
    /// Markers on the axis.
    public var events: [ChartEvent]
    /// Separators.
    public var numberStyle: NumberStyle
    /// The words the chart draws and says (`chart.target`, `period.week`, the month names), from the
    /// site's catalogue; an empty catalogue shows the keys.
    public var words: Catalogue { didSet { periodWords = PeriodWords(words) } }
    /// The period labels of `words`, read once for the chart.
    public private(set) var periodWords: PeriodWords
    /// On a waterfall: whether the last position is a one-off cost, drawn as a bar of its own from
    /// zero after the total, apart from the yearly steps.
    public var oneOffBar: Bool = false

    /// A chart specification; everything but the kind, title, axis and series has a default.
    /// `periodWords`, when given, must be `PeriodWords(words)`, read once for many charts.
    public init(kind: ChartKind, title: String, axis: ChartAxis, series: [ChartSeries],
                unit: ValueUnit = .count, direction: Direction = .higherIsBetter,
                target: Double? = nil, baselineIndex: Int? = nil, events: [ChartEvent] = [],
                numberStyle: NumberStyle = .english, words: Catalogue = Catalogue(), periodWords: PeriodWords? = nil) {
        self.kind = kind
        self.title = title
        self.axis = axis
        self.series = series
        self.unit = unit
        self.direction = direction
        self.target = target
        self.baselineIndex = baselineIndex
        self.events = events
        self.numberStyle = numberStyle
        self.words = words
        self.periodWords = periodWords ?? PeriodWords(words)
    }

    /// The formatter for this chart's unit and language.
    public var formatter: ValueFormatter { ValueFormatter(unit: unit, style: numberStyle) }

    /// The number of axis positions that every series is read against.
    var positionCount: Int { axis.count }

    /// The target the chart shows: a finite number, on a kind of chart that it describes.
    var finiteTarget: Double? {
        guard let target, target.isFinite else { return nil }
        // A stacked chart of several series draws their totals, which a metric's target (a goal
        // for its first series) does not describe: such a chart shows no target.
        if kind == .stacked, series.count > 1 { return nil }
        // A waterfall's steps are savings and a payback line is cash, not the metric's values.
        if kind == .waterfall || kind == .payback { return nil }
        return target
    }

    /// The baseline index for a series: the spec's baseline when that series has a value there,
    /// else the series' first value.
    func baseline(for series: ChartSeries) -> Int? {
        if let b = baselineIndex, series.value(at: b) != nil { return b }
        return series.firstIndex
    }

    /// The series with at least one value, in order.
    var seriesWithData: [ChartSeries] { series.filter { $0.firstIndex != nil } }
}
