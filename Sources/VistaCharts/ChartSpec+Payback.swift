import VistaSupport

/// The payback line: cumulative net cash, month by month, from the one-off cost at month 0.
extension ChartSpec {
    /// The cumulative net cash of a change that costs `oneOffCost` once and saves `savingsPerYear`:
    /// month 0 is −one-off, and every month adds a twelfth of the yearly saving, up to `months`
    /// (1 to 600). The axis holds the month numbers; the series is named `seriesName`.
    public static func payback(title: String, seriesName: String, oneOffCost: Double, savingsPerYear: Double,
                               months: Int, unit: ValueUnit, numberStyle: NumberStyle = .english,
                               words: Catalogue = Catalogue(), periodWords: PeriodWords? = nil) -> ChartSpec {
        let count = min(max(months, 1), 600)
        let oneOff = oneOffCost.isFinite ? oneOffCost : 0
        let monthly = savingsPerYear.isFinite ? savingsPerYear / 12 : 0
        let values: [Double?] = (0...count).map { month in -oneOff + monthly * Double(month) }
        return ChartSpec(kind: .payback, title: title, axis: .categories((0...count).map { String($0) }),
                         series: [ChartSeries(key: "net", name: seriesName, values: values)],
                         unit: unit, direction: .higherIsBetter, numberStyle: numberStyle, words: words, periodWords: periodWords)
    }

    /// On a payback line: the first position at which the cumulative cash, having started below
    /// zero, reaches zero; nil when it starts at or above zero or never gets there.
    var paybackIndex: Int? {
        guard let series = series.first, let start = series.value(at: 0), start < 0 else { return nil }
        // A sum of twelfths can land a hair below zero where the exact figure is zero.
        let tolerance = -start * 1e-9
        return (1..<max(positionCount, 1)).first { (series.value(at: $0) ?? -.infinity) >= -tolerance }
    }

    /// What the payback line asks of the layout: a line from zero, its last value at its end, the
    /// payback month marked (or a note that it does not pay back), month numbers along the axis.
    func paybackLayoutRequest(_ values: [Double]) -> LayoutRequest {
        var request = LayoutRequest(banded: false, orientation: .vertical, extent: values, includeZero: true)
        if let series = series.first, let last = series.lastIndex, let value = series.value(at: last) {
            request.endLabels = [EndLabel(text: formatter.formatChange(value), value: value, colorClass: ChartCanvas.colorClass(0))]
        }
        request.markers = paybackMarkers
        return request
    }

    /// The payback month as a marker, or, for a line that starts below zero and stays there, a note
    /// above the plot that it does not pay back within the months shown.
    var paybackMarkers: [Marker] {
        if let month = paybackIndex {
            return [Marker(position: month, text: words("chart.pays_back_in_month", ["month": DecimalText.format(Double(month), decimals: 0, style: numberStyle)]), cssClass: "vista-payback")]
        }
        guard let start = series.first?.value(at: 0), start < 0, positionCount > 1 else { return [] }
        var note = Marker(position: 0, text: words.plural("chart.no_payback_within", count: Double(positionCount - 1), countText: DecimalText.format(Double(positionCount - 1), decimals: 0, style: numberStyle)),
                          cssClass: "vista-payback-none")
        note.drawsLine = false
        return [note]
    }
}
