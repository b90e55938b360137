/// Line and area marks: one path per run of present values, so missing values stay gaps.
extension ChartCanvas {
    /// Runs of consecutive present values of a series, as axis indices.
    static func runs(_ series: ChartSeries, count: Int) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for i in 0..<count {
            if series.value(at: i) != nil {
                current.append(i)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Draws each series as lines (and filled areas down to zero when `filled`), with dots where
    /// points stand alone, at every point of short series, and at the latest value.
    mutating func drawLines(filled: Bool) {
        let count = spec.positionCount
        let showAllDots = Double(count) <= plot.rect.width / 40
        let zero = plot.clampedValuePosition(0)
        out.openGroup("vista-marks")
        for (s, series) in spec.series.enumerated() {
            let runs = ChartCanvas.runs(series, count: count)
            guard !runs.isEmpty else { continue }
            out.openGroup("vista-series " + ChartCanvas.colorClass(s))
            for run in runs {
                let points = run.map { plot.point($0, series.value(at: $0) ?? 0) }
                if filled && points.count > 1 {
                    let area = points + [Point(x: points[points.count - 1].x, y: zero), Point(x: points[0].x, y: zero)]
                    out.path(area, closed: true, cssClass: "vista-area")
                }
                if points.count > 1 { out.path(points, cssClass: "vista-line") }
            }
            for run in runs {
                for i in run where showAllDots || run.count == 1 || i == series.lastIndex {
                    let p = plot.point(i, series.value(at: i) ?? 0)
                    out.circle(p.x, p.y, r: i == series.lastIndex ? 3.5 : 2.5, cssClass: "vista-dot")
                }
            }
            if spec.baselineIndex != nil, let b = spec.baseline(for: series), b != series.lastIndex {
                let p = plot.point(b, series.value(at: b) ?? 0)
                out.circle(p.x, p.y, r: 4, cssClass: "vista-before")
            }
            out.closeGroup()
        }
        out.closeGroup()
    }
}
