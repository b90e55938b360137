/// Checks whether a label's box would cover the drawn data, so annotations can move out of the way.
extension ChartCanvas {
    /// Whether `box` overlaps a line segment, a dot or a column of a vertical chart.
    func dataOverlaps(_ box: Rect) -> Bool {
        guard !plot.horizontal else { return false }
        let count = spec.positionCount
        switch spec.kind {
        case .bar, .stacked, .waterfall:
            let half = plot.index.bandWidth / 2
            for i in 0..<count {
                let c = plot.index.center(i)
                guard c + half >= box.x, c - half <= box.maxX else { continue }
                let values = spec.kind == .stacked
                    ? [spec.series.compactMap { $0.value(at: i) }.filter { $0 > 0 }.reduce(0, +)]
                    : spec.series.compactMap { $0.value(at: i) }
                for v in values {
                    let top = min(plot.value.position(v), plot.value.position(0))
                    if top <= box.maxY { return true }
                }
            }
            return false
        default:
            for series in spec.series {
                for run in ChartCanvas.runs(series, count: count) {
                    let points = run.map { plot.point($0, series.value(at: $0) ?? 0) }
                    if points.count == 1, let p = points.first, contains(box, p, margin: 4) { return true }
                    for (a, b) in zip(points, points.dropFirst()) where segment(a, b, crosses: box) { return true }
                }
            }
            return false
        }
    }

    func contains(_ box: Rect, _ p: Point, margin: Double) -> Bool {
        p.x >= box.x - margin && p.x <= box.maxX + margin && p.y >= box.y - margin && p.y <= box.maxY + margin
    }

    /// Whether the segment from `a` to `b` passes through `box` (grown by 3 units).
    func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let left = max(min(a.x, b.x), box.x - 3), right = min(max(a.x, b.x), box.maxX + 3)
        guard left <= right else { return false }
        func y(at x: Double) -> Double {
            b.x == a.x ? a.y : a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
        }
        let y1 = y(at: left), y2 = y(at: right)
        return max(y1, y2) >= box.y - 3 && min(y1, y2) <= box.maxY + 3
    }
}
