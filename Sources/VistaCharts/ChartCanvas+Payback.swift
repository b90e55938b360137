/// The payback line's marks: the cumulative cash as a line, shaded as a cost below zero and as a
/// gain above it, the point where it crosses zero, and "Months" under the month numbers.
extension ChartCanvas {
    mutating func drawPayback() {
        let count = spec.positionCount
        guard let series = spec.series.first else { drawMonthsTitle(); return }
        let zero = plot.clampedValuePosition(0)
        out.openGroup("vista-marks")
        for run in ChartCanvas.runs(series, count: count) {
            let values = run.map { (index: $0, value: series.value(at: $0) ?? 0) }
            for piece in ChartCanvas.piecesAroundZero(values.map { (plot.index.center($0.index), $0.value) }) where piece.points.count > 1 {
                let points = piece.points.map { Point(x: $0.x, y: plot.value.position($0.value)) }
                let area = points + [Point(x: points[points.count - 1].x, y: zero), Point(x: points[0].x, y: zero)]
                out.path(area, closed: true, cssClass: "vista-area " + (piece.positive ? "vista-good" : "vista-bad"))
            }
        }
        out.openGroup("vista-series " + ChartCanvas.colorClass(0))
        let runs = ChartCanvas.runs(series, count: count)
        for run in runs where run.count > 1 {
            out.path(run.map { plot.point($0, series.value(at: $0) ?? 0) }, cssClass: "vista-line")
        }
        let showAllDots = Double(count) <= plot.rect.width / 40
        for run in runs {
            for i in run where showAllDots || run.count == 1 || i == series.lastIndex || i == 0 {
                let p = plot.point(i, series.value(at: i) ?? 0)
                out.circle(p.x, p.y, r: i == series.lastIndex ? 3.5 : 2.5, cssClass: "vista-dot")
            }
        }
        out.closeGroup()
        if let start = series.value(at: 0), start != 0 {
            // The one-off cost, at month 0: below the point when the line rises from it, above when it falls.
            let p = plot.point(0, start)
            let rises = (series.value(at: 1) ?? start) >= start
            overlay.label([formatter.formatChange(start)], x: p.x + 6, y: rises ? p.y + fontSize + 4 : p.y - 6, cssClass: "vista-value")
        }
        if let month = spec.paybackIndex, month > 0, let before = series.value(at: month - 1), let after = series.value(at: month) {
            // Where the line meets zero, between the last month below it and the payback month.
            let t = after == before ? 1 : min(max(-before / (after - before), 0), 1)
            let x = plot.index.center(month - 1) + (plot.index.center(month) - plot.index.center(month - 1)) * t
            out.circle(x, plot.value.position(0), r: 4.5, cssClass: "vista-payback-point")
        }
        out.closeGroup()
        drawMonthsTitle()
    }

    /// "Months", centred under the month numbers.
    mutating func drawMonthsTitle() {
        let y = plot.rect.maxY + 2 * frame.lineHeight
        out.label([spec.words["chart.months"]], x: plot.rect.x + plot.rect.width / 2, y: y,
                  anchor: .middle, cssClass: "vista-axis-title")
    }

    /// A line cut where it crosses zero into pieces that lie wholly on one side of it, each with the
    /// crossing points added at its ends, so that each can be shaded as a cost or a gain.
    static func piecesAroundZero(_ points: [(x: Double, value: Double)]) -> [(positive: Bool, points: [(x: Double, value: Double)])] {
        guard let first = points.first else { return [] }
        var pieces: [(positive: Bool, points: [(x: Double, value: Double)])] = []
        var current = [first]
        var positive = first.value > 0
        for point in points.dropFirst() {
            let last = current[current.count - 1]
            if (last.value < 0 && point.value > 0) || (last.value > 0 && point.value < 0) {
                let t = -last.value / (point.value - last.value)
                let crossing = (x: last.x + (point.x - last.x) * t, value: 0.0)
                current.append(crossing)
                pieces.append((positive, current))
                current = [crossing]
                positive = point.value > 0
            } else if last.value == 0 && point.value != 0 && (point.value > 0) != positive {
                // The line touched zero and leaves it on the other side: a new piece from the touch.
                if current.count > 1 {
                    pieces.append((positive, current))
                    current = [last]
                }
                positive = point.value > 0
            }
            current.append(point)
        }
        pieces.append((positive, current))
        return pieces
    }
}
