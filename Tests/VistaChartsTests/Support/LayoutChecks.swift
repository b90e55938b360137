import Testing
@testable import VistaCharts

/// Geometry checks on a measured layout: labels of each kind keep apart and inside the frame.
enum LayoutChecks {
    static func expectNoOverlaps(_ layout: ChartLayout, frame: ChartFrame, context: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let f = frame.fontSize, lh = frame.lineHeight
        let plot = layout.plot
        if plot.horizontal {
            // Rows: each row holds its label lines.
            #expect(plot.index.slot + 0.001 >= Double(layout.axisLabels.map(\.lines.count).max() ?? 1) * lh,
                    "\(context): rows too low", sourceLocation: sourceLocation)
            let ticks = zip(plot.value.ticks, layout.tickLabels).filter { !$0.1.isEmpty }
            for (a, b) in zip(ticks, ticks.dropFirst()) {
                let room = plot.value.position(b.0) - plot.value.position(a.0)
                let need = (TextMetrics.width(a.1, fontSize: f) + TextMetrics.width(b.1, fontSize: f)) / 2
                #expect(room >= need, "\(context): tick labels \(a.1) and \(b.1) overlap", sourceLocation: sourceLocation)
            }
        } else {
            #expect(AxisLabelPlanner.fits(layout.axisLabels, fontSize: f), "\(context): axis labels overlap", sourceLocation: sourceLocation)
            for label in layout.axisLabels {
                let span = AxisLabelPlanner.span(label, fontSize: f)
                #expect(span.0 >= 0 && span.1 <= layout.width, "\(context): axis label outside", sourceLocation: sourceLocation)
            }
            let ys = plot.value.ticks.map(plot.value.position)
            for (a, b) in zip(ys, ys.dropFirst()) {
                #expect(abs(a - b) >= f, "\(context): tick labels overlap", sourceLocation: sourceLocation)
            }
        }
        let ends = layout.endLabels.sorted { $0.y < $1.y }
        for (a, b) in zip(ends, ends.dropFirst()) {
            #expect(b.y - a.y >= Double(a.lines.count) * lh - 0.001, "\(context): end labels overlap", sourceLocation: sourceLocation)
        }
        for row in Set(layout.markers.map(\.row)) {
            let spans = layout.markers.filter { $0.row == row && !$0.shownText.isEmpty }.map { m -> (Double, Double) in
                let w = TextMetrics.width(m.shownText, fontSize: f)
                return m.anchor == .end ? (m.x - 3 - w, m.x - 3) : (m.x + 3, m.x + 3 + w)
            }.sorted { $0.0 < $1.0 }
            for (a, b) in zip(spans, spans.dropFirst()) {
                #expect(a.1 <= b.0, "\(context): marker labels overlap", sourceLocation: sourceLocation)
            }
        }
        for item in layout.legend {
            #expect(item.x + 18 + TextMetrics.width(item.shownName, fontSize: f) <= layout.width, "\(context): legend outside",
                    sourceLocation: sourceLocation)
        }
    }
}
