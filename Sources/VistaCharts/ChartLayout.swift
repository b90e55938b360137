/// The measured geometry of one chart variant, computed before anything is drawn.
struct ChartLayout: Sendable {
    /// The viewBox size.
    var width: Double, height: Double
    /// The plotting area and its scales.
    var plot: Plot
    /// Labels of the axis of positions (below columns, or left of rows).
    var axisLabels: [AxisLabel] = []
    /// Labels of the value ticks, one per tick.
    var tickLabels: [String] = []
    /// Placed legend entries.
    var legend: [LegendItem] = []
    /// Placed line-end labels.
    var endLabels: [EndLabel] = []
    /// Placed markers.
    var markers: [Marker] = []
    /// The baseline y of the first row of marker labels.
    var markerTop: Double = 0
    /// In horizontal layouts, the x where row names end (they are right-aligned to it).
    var labelColumnEdge: Double = 0

    /// Lays a chart out in a frame, vertical or horizontal as the request and the labels demand.
    static func make(_ request: LayoutRequest, spec: ChartSpec, frame: ChartFrame) -> ChartLayout {
        let horizontal: Bool
        switch request.orientation {
        case .vertical: horizontal = false
        case .horizontal: horizontal = true
        case .automatic: horizontal = !categoriesFitUnderColumns(spec.axis, frame: frame)
        }
        return horizontal ? makeHorizontal(request, spec: spec, frame: frame) : makeVertical(request, spec: spec, frame: frame)
    }

    /// Whether every category name fits under its column in at most two lines.
    static func categoriesFitUnderColumns(_ axis: ChartAxis, frame: ChartFrame) -> Bool {
        guard case .categories(let names) = axis, !names.isEmpty else { return true }
        let slot = (frame.width - 80) / Double(names.count) * 0.92
        return names.allSatisfy { name in
            !TextMetrics.wrap(name, maxWidth: slot, fontSize: frame.fontSize, maxLines: 2).contains { $0.hasSuffix("…") }
        }
    }

    /// The value scale covering the request's extent with about `tickCount` ticks.
    static func valueScale(_ request: LayoutRequest, spec: ChartSpec, tickCount: Int, range: (Double, Double)) -> LinearScale {
        var values = request.extent.filter { $0.isFinite }
        if request.includeZero { values.append(0) }
        return LinearScale(covering: values, tickCount: tickCount, range: range, integers: spec.unit.isCount)
    }

    static func widest(_ texts: [String], fontSize: Double) -> Double {
        texts.reduce(0) { max($0, TextMetrics.width($1, fontSize: fontSize)) }
    }

    /// Places legend entries in rows from `y`; returns the height used.
    static func placeLegend(_ items: inout [LegendItem], x: Double, y: Double, width: Double, frame: ChartFrame) -> Double {
        guard !items.isEmpty else { return 0 }
        let f = frame.fontSize, lh = frame.lineHeight
        var cx = x, row = 0
        for i in items.indices {
            items[i].shownName = TextMetrics.truncate(items[i].name, maxWidth: width - 24, fontSize: f)
            let w = 18 + TextMetrics.width(items[i].shownName, fontSize: f)
            if cx > x && cx + w > x + width { row += 1; cx = x }
            items[i].x = cx
            items[i].y = y + Double(row) * lh
            cx += w + 14
        }
        return Double(row + 1) * lh + 4
    }

    /// Lays out marker labels in up to two rows above the plot; a label that finds no free place
    /// shortens the one before it in the row that frees up first.
    static func placeMarkers(_ markers: inout [Marker], scale: IndexScale, frame: ChartFrame, rows: Int) {
        let f = frame.fontSize, gap = f * 0.6
        var rowEnds = Array(repeating: -Double.infinity, count: rows)
        var lastInRow = Array(repeating: -1, count: rows)
        let order = markers.indices.sorted { markers[$0].position < markers[$1].position }
        for i in order {
            let x = scale.center(markers[i].position)
            markers[i].x = x
            var text = TextMetrics.truncate(markers[i].text, maxWidth: frame.width * 0.4, fontSize: f)
            var w = TextMetrics.width(text, fontSize: f)
            var anchor = TextAnchor.start
            var left = x + 3
            if left + w > frame.width - frame.padding {
                anchor = .end
                left = x - 3 - w
                if left < frame.padding {
                    text = TextMetrics.truncate(text, maxWidth: x - 3 - frame.padding, fontSize: f)
                    w = TextMetrics.width(text, fontSize: f)
                    left = x - 3 - w
                }
            }
            var row = (0..<rows).first { rowEnds[$0] + gap <= left }
            if row == nil {
                let r = (0..<rows).min { rowEnds[$0] < rowEnds[$1] } ?? 0
                let previous = lastInRow[r]
                if previous >= 0 {
                    let room = left - gap - markers[previous].x - 3
                    markers[previous].shownText = room > f * 1.5
                        ? TextMetrics.truncate(markers[previous].shownText, maxWidth: room, fontSize: f) : ""
                }
                row = r
            }
            let r = row ?? 0
            markers[i].shownText = text
            markers[i].anchor = anchor
            markers[i].row = r
            rowEnds[r] = left + w
            lastInRow[r] = i
        }
    }

    /// Spreads line-end labels so that none overlap, keeping each as close to its line's end as it can.
    static func spreadEndLabels(_ labels: inout [EndLabel], top: Double, bottom: Double, lineHeight: Double) {
        let order = labels.indices.sorted { labels[$0].y < labels[$1].y }
        func height(_ i: Int) -> Double { Double(max(1, labels[i].lines.count)) * lineHeight }
        for (k, i) in order.enumerated() where k > 0 {
            let above = order[k - 1]
            labels[i].y = max(labels[i].y, labels[above].y + height(above))
        }
        if let last = order.last, labels[last].y + height(last) - lineHeight > bottom {
            labels[last].y = bottom - height(last) + lineHeight
            for k in stride(from: order.count - 2, through: 0, by: -1) {
                let i = order[k], below = order[k + 1]
                labels[i].y = min(labels[i].y, labels[below].y - height(i))
            }
        }
        for i in labels.indices { labels[i].y = max(labels[i].y, top) }
    }
}
