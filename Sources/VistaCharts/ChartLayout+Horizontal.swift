/// The horizontal layout: one row per position, names on the left, values along x.
extension ChartLayout {
    static func makeHorizontal(_ request: LayoutRequest, spec: ChartSpec, frame: ChartFrame) -> ChartLayout {
        let f = frame.fontSize, lh = frame.lineHeight, pad = frame.padding
        let width = frame.width
        let count = spec.positionCount
        var top = pad
        var legend = request.legend
        top += placeLegend(&legend, x: pad, y: top, width: width - 2 * pad, frame: frame)
        if request.targetLabel != nil { top += lh + 2 }

        let names = (0..<count).map { spec.axis.label(at: $0, language: spec.numberStyle.language) }
        let columnMax = width * (frame.variant == "n" ? 0.36 : 0.3)
        let wrapped = names.map { TextMetrics.wrap($0, maxWidth: columnMax, fontSize: f, maxLines: 2) }
        let column = min(columnMax, wrapped.reduce(0) { max($0, widest($1, fontSize: f)) })
        let lines = wrapped.reduce(1) { max($0, $1.count) }
        let rowHeight = max(request.rowMinHeight, Double(lines) * lh + 10)

        let valueRoom = request.valueLabels.isEmpty ? 0 : widest(request.valueLabels, fontSize: f) + 8
        let negative = request.extent.contains { $0 < 0 }
        let left = pad + column + 10 + (negative ? valueRoom : 0)
        let right = pad + max(valueRoom, f * 1.5)
        let plotWidth = max(width - left - right, 10)
        var tickCount = min(max(Int(plotWidth / 80) + 1, 2), 6)
        var scale = valueScale(request, spec: spec, tickCount: tickCount, range: (left, left + plotWidth))
        var tickLabels = spec.formatter.tickLabels(scale.ticks, step: scale.step)
        while tickCount > 2, scale.ticks.count > 2,
              plotWidth / Double(scale.ticks.count - 1) < widest(tickLabels, fontSize: f) + f {
            tickCount -= 1
            scale = valueScale(request, spec: spec, tickCount: tickCount, range: (left, left + plotWidth))
            tickLabels = spec.formatter.tickLabels(scale.ticks, step: scale.step)
        }
        let plotHeight = Double(max(count, 1)) * rowHeight
        let rect = Rect(x: left, y: top, width: plotWidth, height: plotHeight)
        let height = (top + plotHeight + lh + 6 + pad).rounded(.up)
        let index = IndexScale(count: count, start: rect.y, end: rect.maxY, banded: true)
        let plot = Plot(rect: rect, horizontal: true, index: index, value: scale)
        var layout = ChartLayout(width: width, height: height, plot: plot, tickLabels: tickLabels, legend: legend)
        layout.labelColumnEdge = pad + column
        layout.axisLabels = wrapped.enumerated().map { i, lines in
            AxisLabel(index: i, lines: lines, position: index.center(i), anchor: .end)
        }
        return layout
    }
}
