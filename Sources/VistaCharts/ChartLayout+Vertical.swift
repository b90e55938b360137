import VistaSupport

/// The vertical layout: positions along x, values up y (lines, areas, columns).
extension ChartLayout {
    static func makeVertical(_ request: LayoutRequest, spec: ChartSpec, frame: ChartFrame) -> ChartLayout {
        let f = frame.fontSize, lh = frame.lineHeight, pad = frame.padding
        let width = frame.width, height = frame.height
        var top = pad
        var legend = request.legend
        top += placeLegend(&legend, x: pad, y: top, width: width - 2 * pad, frame: frame)
        let markerRows = min(request.markers.count, 3)
        let markerTop = top + f * 0.8
        top += Double(markerRows) * lh + (markerRows > 0 ? 4 : 0)
        top += f * 0.6
        // A payback line names its axis ("Months") on a line under the month numbers.
        let labelLines = axisLabelLines(spec.axis, request: request, frame: frame) + (spec.kind == .payback ? 1 : 0)
        let plotBottom = height - pad - Double(labelLines) * lh - 4
        let tickCount = min(max(Int((plotBottom - top) / 55) + 1, 3), 7)
        let scale = valueScale(request, spec: spec, tickCount: tickCount, range: (plotBottom, top))
        let tickLabels = spec.formatter.tickLabels(scale.ticks, step: scale.step)
        let left = pad + widest(tickLabels, fontSize: f) + 8

        var endLabels = request.endLabels
        let endWidth = min(width * 0.3, endLabels.isEmpty ? 0 : widest(endLabels.map(\.text), fontSize: f))
        for i in endLabels.indices {
            endLabels[i].lines = TextMetrics.wrap(endLabels[i].text, maxWidth: endWidth, fontSize: f, maxLines: 2)
        }
        let usedEnd = endLabels.reduce(0.0) { max($0, widest($1.lines, fontSize: f)) }
        let right = endLabels.isEmpty ? pad + f : pad + usedEnd + 10
        let rect = Rect(x: left, y: top, width: max(width - left - right, 10), height: max(plotBottom - top, 10))
        let index = IndexScale(count: spec.positionCount, start: rect.x, end: rect.maxX, banded: request.banded)
        let plot = Plot(rect: rect, horizontal: false, index: index, value: scale)

        var layout = ChartLayout(width: width, height: height, plot: plot, tickLabels: tickLabels, legend: legend)
        layout.axisLabels = columnLabels(spec, request: request, index: index, frame: frame)
        for i in endLabels.indices { endLabels[i].y = scale.position(endLabels[i].value) }
        spreadEndLabels(&endLabels, top: top, bottom: plotBottom, lineHeight: lh)
        layout.endLabels = endLabels
        var markers = request.markers.filter { $0.position >= 0 && $0.position < spec.positionCount }
        placeMarkers(&markers, scale: index, frame: frame, rows: max(markerRows, 1))
        layout.markers = markers
        layout.markerTop = markerTop
        return layout
    }

    /// How many text lines the labels under the plot need.
    static func axisLabelLines(_ axis: ChartAxis, request: LayoutRequest, frame: ChartFrame) -> Int {
        switch axis {
        case .periods(let periods):
            return periods.contains { if case .year = $0 { return false }; return true } ? 2 : 1
        case .categories(let names):
            guard request.banded else { return 1 }
            let slot = (frame.width - 2 * frame.padding - 70) / Double(max(names.count, 1)) - frame.fontSize * 0.6
            return names.contains { TextMetrics.width($0, fontSize: frame.fontSize) > slot } ? 2 : 1
        }
    }

    /// Labels under columns: categories wrapped into their band when they all fit, else thinned like periods.
    static func columnLabels(_ spec: ChartSpec, request: LayoutRequest, index: IndexScale, frame: ChartFrame) -> [AxisLabel] {
        if case .categories(let names) = spec.axis, request.banded {
            let slot = index.slot - frame.fontSize * 0.6
            let wrapped = names.map { TextMetrics.wrap($0, maxWidth: slot, fontSize: frame.fontSize, maxLines: 2) }
            if !wrapped.contains(where: { $0.contains { $0.hasSuffix("…") } }) {
                var labels = wrapped.enumerated().map { AxisLabel(index: $0.offset, lines: $0.element) }
                AxisLabelPlanner.place(&labels, scale: index, fontSize: frame.fontSize, frameWidth: frame.width)
                return labels
            }
        }
        return AxisLabelPlanner.thinned(axis: spec.axis, scale: index, fontSize: frame.fontSize,
                                        words: spec.periodWords, frameWidth: frame.width,
                                        steps: spec.kind == .payback ? AxisLabelPlanner.monthNumberSteps : nil)
    }
}
