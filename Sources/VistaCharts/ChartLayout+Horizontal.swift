/// The horizontal layout: one row per position, values along x; names left of the rows in the wide
/// variant and above them in the narrow one, where a name column would leave too little room for the data.
extension ChartLayout {
    static func makeHorizontal(_ request: LayoutRequest, spec: ChartSpec, frame: ChartFrame) -> ChartLayout {
        let f = frame.fontSize, lh = frame.lineHeight, pad = frame.padding
        let width = frame.width
        let count = spec.positionCount
        let namesAbove = frame.variant == "n"
        var top = pad
        var legend = request.legend
        top += placeLegend(&legend, x: pad, y: top, width: width - 2 * pad, frame: frame)
        if request.targetLabel != nil { top += lh + 2 }

        let names = (0..<count).map { spec.axis.label(at: $0, words: spec.periodWords) }
        let nameWidth = namesAbove ? width - 2 * pad : width * 0.3
        let wrapped = names.map { TextMetrics.wrap($0, maxWidth: nameWidth, fontSize: f, maxLines: 2) }
        let column = namesAbove ? 0 : min(nameWidth, wrapped.reduce(0) { max($0, widest($1, fontSize: f)) })
        let lines = Double(wrapped.reduce(1) { max($0, $1.count) })
        let markBand = max(request.rowMinHeight - 10, 18)
        let rowHeight = namesAbove ? lines * lh + markBand + 10 : max(request.rowMinHeight, lines * lh + 10)

        let valueRoom = request.valueLabels.isEmpty ? 0 : widest(request.valueLabels, fontSize: f) + 8
        let negative = request.extent.contains { $0 < 0 }
        let left = pad + (namesAbove ? 0 : column + 10) + (negative ? valueRoom : 0)
        let right = pad + max(valueRoom, f * 1.5)
        let plotWidth = max(width - left - right, 10)
        let tickCount = min(max(Int(plotWidth / 70) + 1, 2), 6)
        let scale = valueScale(request, spec: spec, tickCount: tickCount, range: (left, left + plotWidth))
        var tickLabels = spec.formatter.tickLabels(scale.ticks, step: scale.step)
        // Keep every tick's grid line but label only every k-th tick when labels would touch.
        let spacing = plotWidth / Double(max(scale.ticks.count - 1, 1))
        var every = 1
        while every < scale.ticks.count && spacing * Double(every) < widest(tickLabels, fontSize: f) + f { every += 1 }
        tickLabels = tickLabels.enumerated().map { $0.offset % every == 0 ? $0.element : "" }

        let plotHeight = Double(max(count, 1)) * rowHeight
        let rect = Rect(x: left, y: top, width: plotWidth, height: plotHeight)
        let height = (top + plotHeight + lh + 6 + pad).rounded(.up)
        var index = IndexScale(count: count, start: rect.y, end: rect.maxY, banded: true)
        if namesAbove { index.fixedBandWidth = markBand * 0.9 }
        var plot = Plot(rect: rect, horizontal: true, index: index, value: scale)
        if namesAbove { plot.indexShift = lines * lh + 4 + markBand / 2 - rowHeight / 2 }
        var layout = ChartLayout(width: width, height: height, plot: plot, tickLabels: tickLabels, legend: legend)
        layout.labelColumnEdge = namesAbove ? pad : pad + column
        layout.axisLabels = wrapped.enumerated().map { i, lines in
            namesAbove
                ? AxisLabel(index: i, lines: lines, position: index.center(i) - rowHeight / 2 + f + 2, anchor: .start)
                : AxisLabel(index: i, lines: lines, position: index.center(i), anchor: .end)
        }
        return layout
    }
}
