import VistaSupport

/// What each chart kind asks of the shared layout.
extension ChartSpec {
    /// The layout request of this spec's kind. `legend` names the before and after dots of a before-after chart.
    func layoutRequest(dumbbellLegend: (String, String)? = nil) -> LayoutRequest {
        let values = series.flatMap { s in (0..<positionCount).compactMap { s.value(at: $0) } }
        let withTarget = values + (finiteTarget.map { [$0] } ?? [])
        let present = series.enumerated().filter { $0.element.firstIndex != nil }
        switch kind {
        case .line, .area, .sparkline:
            var request = LayoutRequest(banded: false, orientation: .vertical, extent: withTarget, includeZero: kind == .area)
            if present.count <= 4 {
                request.endLabels = present.map { s, series in
                    let last = series.lastIndex.flatMap { series.value(at: $0) } ?? 0
                    return EndLabel(text: present.count > 1 ? series.name : formatter.format(last), value: last,
                                    colorClass: ChartCanvas.colorClass(s))
                }
            } else {
                request.legend = legendItems(present, swatch: .line)
            }
            request.markers = markers
            request.targetLabel = targetText
            return request
        case .bar:
            var request = LayoutRequest(banded: true, orientation: axis.isTime ? .vertical : .automatic,
                                        extent: withTarget, includeZero: true)
            if present.count > 1 { request.legend = legendItems(present, swatch: .box) }
            if present.count == 1 { request.valueLabels = values.map(formatter.format) }
            request.markers = markers
            request.targetLabel = targetText
            return request
        case .stacked:
            var sums: [Double] = []
            for i in 0..<positionCount {
                let vs = series.compactMap { $0.value(at: i) }
                sums.append(vs.filter { $0 > 0 }.reduce(0, +))
                sums.append(vs.filter { $0 < 0 }.reduce(0, +))
            }
            var request = LayoutRequest(banded: true, orientation: .vertical,
                                        extent: sums + (finiteTarget.map { [$0] } ?? []), includeZero: true)
            if present.count > 1 { request.legend = legendItems(present, swatch: .box) }
            request.markers = markers
            request.targetLabel = targetText
            return request
        case .waterfall:
            let spans = waterfallSpans
            let oneOff = waterfallOneOff
            var request = LayoutRequest(banded: true, orientation: .automatic,
                                        extent: spans.flatMap { [$0.from, $0.to] } + (oneOff.map { [$0.amount] } ?? []), includeZero: true)
            request.valueLabels = spans.indices.map { i in
                i == 0 || i == spans.count - 1 ? formatter.format(spans[i].to) : formatter.formatChange(spans[i].to - spans[i].from)
            } + (oneOff.map { [formatter.format($0.amount)] } ?? [])
            return request
        case .payback:
            return paybackLayoutRequest(values)
        case .beforeAfter:
            var request = LayoutRequest(banded: true, orientation: .horizontal, extent: withTarget,
                                        includeZero: !values.isEmpty && values.allSatisfy { $0 >= 0 })
            request.valueLabels = (0..<positionCount).map { i in
                ChartCanvas.dumbbellText(series.first?.value(at: i), series.last?.value(at: i), formatter: formatter)
            }
            let names = dumbbellLegend ?? (words["chart.baseline"],
                                           words["chart.latest"])
            request.legend = [LegendItem(name: names.0, colorClass: "vista-neutral", swatch: .hollowDot),
                              LegendItem(name: names.1, colorClass: "vista-neutral", swatch: .filledDot)]
            request.rowMinHeight = 30
            request.targetLabel = targetText
            return request
        }
    }

    /// "Target 5 %" in the chart's language.
    var targetText: String? {
        finiteTarget.map { words("chart.target_label", ["value": formatter.format($0)]) }
    }

    func legendItems(_ present: [(offset: Int, element: ChartSeries)], swatch: LegendItem.Swatch) -> [LegendItem] {
        present.map { LegendItem(name: $0.element.name, colorClass: ChartCanvas.colorClass($0.offset), swatch: swatch) }
    }

    /// The event markers, and the baseline marker when the spec names a baseline on a time axis.
    /// Events at the same position share one marker, their labels joined by " · ".
    var markers: [Marker] {
        var list: [Marker] = []
        for event in events where event.position >= 0 && event.position < positionCount {
            if let k = list.firstIndex(where: { $0.position == event.position }) {
                list[k].text += " · " + event.label
            } else {
                list.append(Marker(position: event.position, text: event.label, cssClass: "vista-event"))
            }
        }
        if let b = baselineIndex, axis.isTime, b > 0, b < positionCount {
            if let k = list.firstIndex(where: { $0.position == b }) {
                list[k].text += " " + words["chart.baseline_note"]
            } else {
                list.append(Marker(position: b, text: words["chart.baseline"], cssClass: "vista-baseline"))
            }
        }
        return list
    }
}
