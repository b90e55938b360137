/// What a chart kind asks of the shared layout: its data extent, orientation, legend and labels.
struct LayoutRequest: Sendable {
    /// How positions are laid out.
    enum Orientation: Sendable { case vertical, horizontal, automatic }

    /// Whether each position owns a band (bars, rows) rather than a point.
    var banded: Bool
    /// The orientation; `automatic` goes horizontal when category names do not fit under columns.
    var orientation: Orientation
    /// Every value the value axis must cover.
    var extent: [Double]
    /// Whether zero must be in the value domain (bars and areas start at zero).
    var includeZero: Bool
    /// Legend entries drawn above the plot.
    var legend: [LegendItem] = []
    /// Labels at the right end of lines, at their last value.
    var endLabels: [EndLabel] = []
    /// Texts drawn at bar ends, measured to keep room for them.
    var valueLabels: [String] = []
    /// Event and baseline markers on the axis of positions.
    var markers: [Marker] = []
    /// The target's label, when a target line is drawn.
    var targetLabel: String?
    /// The least height of a row in horizontal layouts.
    var rowMinHeight: Double = 0
}

/// A legend entry: a swatch in a series colour and a name.
struct LegendItem: Sendable {
    /// How the swatch is drawn.
    enum Swatch: Sendable { case line, box, hollowDot, filledDot }
    var name: String
    var colorClass: String
    var swatch: Swatch
    /// Where the layout put it (top-left of the swatch row).
    var x: Double = 0, y: Double = 0
    /// The name as drawn, shortened when the chart is narrow.
    var shownName: String = ""
}

/// A label at the end of a line.
struct EndLabel: Sendable {
    var text: String
    var value: Double
    var colorClass: String
    /// The lines drawn and the baseline y of the first, set by the layout.
    var lines: [String] = []
    var y: Double = 0
}

/// A vertical marker with a label: an event or the baseline.
struct Marker: Sendable {
    var position: Int
    var text: String
    var cssClass: String
    /// The drawn text, its anchor x, its row and anchor, set by the layout.
    var shownText: String = ""
    var x: Double = 0
    var row: Int = 0
    var anchor: TextAnchor = .start
    /// Whether a dashed line marks the position; a note above the plot has none.
    var drawsLine = true
}
