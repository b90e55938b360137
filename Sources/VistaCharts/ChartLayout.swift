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
        let slot = (frame.width - 2 * frame.padding - 70) / Double(names.count) - frame.fontSize * 0.6
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
        return Double(row + 1) * lh + 8
    }

    /// Lays out marker labels in rows above the plot: each label goes right of its line, else left of it,
    /// in the first row where it touches no other label; a label that finds no place shortens the one
    /// before it in the row that frees up first.
    static func placeMarkers(_ markers: inout [Marker], scale: IndexScale, frame: ChartFrame, rows: Int) {
        let f = frame.fontSize, gap = f * 0.6
        let low = frame.padding, high = frame.width - frame.padding
        var spans = Array(repeating: [(Double, Double, Int)](), count: rows)
        func free(_ a: Double, _ b: Double, row: Int) -> Bool {
            a >= low && b <= high && spans[row].allSatisfy { b + gap <= $0.0 || a >= $0.1 + gap }
        }
        let order = markers.indices.sorted { markers[$0].position < markers[$1].position }
        for i in order {
            let x = scale.center(markers[i].position)
            markers[i].x = x
            let text = TextMetrics.truncate(markers[i].text, maxWidth: frame.width * 0.4, fontSize: f)
            let w = TextMetrics.width(text, fontSize: f)
            var placed = false
            search: for anchor in [TextAnchor.start, .end] {
                let a = anchor == .start ? x + 3 : x - 3 - w
                for row in 0..<rows where free(a, a + w, row: row) {
                    markers[i].shownText = text
                    markers[i].anchor = anchor
                    markers[i].row = row
                    spans[row].append((a, a + w, i))
                    placed = true
                    break search
                }
            }
            if placed { continue }
            // No free place: start right of the line (shortened to the frame) and shorten the label before it.
            let row = (0..<rows).min { (spans[$0].map(\.1).max() ?? 0) < (spans[$1].map(\.1).max() ?? 0) } ?? 0
            let shown = TextMetrics.truncate(text, maxWidth: max(high - x - 3, 0), fontSize: f)
            if let k = spans[row].indices.max(by: { spans[row][$0].1 < spans[row][$1].1 }) {
                let previous = spans[row][k]
                let room = x + 3 - gap - previous.0
                let kept = room > f * 1.5 ? TextMetrics.truncate(markers[previous.2].shownText, maxWidth: room, fontSize: f) : ""
                markers[previous.2].shownText = kept
                spans[row][k].1 = kept.isEmpty ? previous.0 : previous.0 + TextMetrics.width(kept, fontSize: f)
            }
            markers[i].shownText = shown
            markers[i].anchor = .start
            markers[i].row = row
            spans[row].append((x + 3, x + 3 + TextMetrics.width(shown, fontSize: f), i))
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
