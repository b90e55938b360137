/// The value axis (grid lines and tick labels) and the labels of the axis of positions.
extension ChartCanvas {
    /// Grid lines at every tick with their labels; a stronger line at zero.
    mutating func drawValueAxis() {
        let rect = plot.rect
        out.openGroup("vista-grid")
        for tick in plot.value.ticks where tick != 0 {
            let p = plot.value.position(tick)
            if plot.horizontal { out.line(p, rect.y, p, rect.maxY) } else { out.line(rect.x, p, rect.maxX, p) }
        }
        out.closeGroup()
        if plot.value.domain.lower <= 0 && plot.value.domain.upper >= 0 {
            let p = plot.value.position(0)
            if plot.horizontal { out.line(p, rect.y, p, rect.maxY, cssClass: "vista-zero") } else { out.line(rect.x, p, rect.maxX, p, cssClass: "vista-zero") }
        }
        out.openGroup("vista-ticks")
        for (tick, label) in zip(plot.value.ticks, layout.tickLabels) where !label.isEmpty {
            let p = plot.value.position(tick)
            if plot.horizontal {
                out.label([label], x: p, y: rect.maxY + frame.lineHeight, anchor: .middle, cssClass: "vista-tick")
            } else {
                out.label([label], x: rect.x - 8, y: textBaseline(p), anchor: .end, cssClass: "vista-tick")
            }
        }
        out.closeGroup()
    }

    /// The period or category labels: under columns, or left of rows.
    mutating func drawAxisLabels() {
        guard !layout.axisLabels.isEmpty else { return }
        let lh = frame.lineHeight
        out.openGroup("vista-axis")
        for label in layout.axisLabels {
            if plot.horizontal && label.anchor == .start {
                out.label(label.lines, x: layout.labelColumnEdge, y: label.position, cssClass: "vista-label vista-row-label", lineHeight: lh)
            } else if plot.horizontal {
                let lines = Double(label.lines.count)
                let y = textBaseline(label.position) - (lines - 1) * lh / 2
                out.label(label.lines, x: layout.labelColumnEdge, y: y, anchor: .end, cssClass: "vista-label", lineHeight: lh)
            } else {
                out.label(label.lines, x: label.position, y: plot.rect.maxY + lh, anchor: label.anchor,
                          cssClass: "vista-label", lineHeight: lh)
            }
        }
        out.closeGroup()
    }
}
