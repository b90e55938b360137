/// Annotations shared by all kinds: event and baseline markers, the target line, the legend, line-end labels.
extension ChartCanvas {
    /// Vertical dashed lines at events and the baseline, with their labels in rows above the plot.
    mutating func drawMarkers() {
        guard !layout.markers.isEmpty, !plot.horizontal else { return }
        let lh = frame.lineHeight
        out.openGroup("vista-markers")
        for marker in layout.markers {
            let labelY = layout.markerTop + Double(marker.row) * lh
            let top = marker.shownText.isEmpty ? plot.rect.y : labelY - fontSize * 0.8
            if marker.drawsLine { out.line(marker.x, top, marker.x, plot.rect.maxY, cssClass: marker.cssClass) }
            if !marker.shownText.isEmpty {
                let x = marker.anchor == .end ? marker.x - 3 : marker.x + 3
                out.label([marker.shownText], x: x, y: labelY, anchor: marker.anchor, cssClass: marker.cssClass + "-label")
            }
        }
        out.closeGroup()
    }

    /// The target as a dashed line across the plot with its label ("Target 5 %").
    mutating func drawTarget() {
        guard let target = spec.finiteTarget else { return }
        let text = spec.words("chart.target_label", ["value": formatter.format(target)])
        let rect = plot.rect
        let p = plot.clampedValuePosition(target)
        out.openGroup("vista-target-group")
        if plot.horizontal {
            out.line(p, rect.y - 2, p, rect.maxY, cssClass: "vista-target")
            let w = TextMetrics.width(text, fontSize: fontSize)
            let x = min(max(p, frame.padding + w / 2), layout.width - frame.padding - w / 2)
            out.label([text], x: x, y: rect.y - 6, anchor: .middle, cssClass: "vista-target-label")
        } else {
            out.line(rect.x, p, rect.maxX, p, cssClass: "vista-target")
            let place = targetLabelPlace(text, at: p)
            out.label([text], x: place.x, y: place.y, anchor: place.anchor, cssClass: "vista-target-label")
        }
        out.closeGroup()
    }

    /// Where the target label goes: at the right or left end of the line, above or below it,
    /// the first place that keeps clear of the data (right and above preferred).
    func targetLabelPlace(_ text: String, at p: Double) -> (x: Double, y: Double, anchor: TextAnchor) {
        let rect = plot.rect, w = TextMetrics.width(text, fontSize: fontSize)
        var fallback: (x: Double, y: Double, anchor: TextAnchor)?
        for (right, above) in [(true, true), (true, false), (false, true), (false, false)] {
            let y = above ? p - 5 : p + fontSize + 3
            guard y - fontSize >= rect.y - 2, y <= rect.maxY - 2 else { continue }
            let x = right ? rect.maxX - 2 : rect.x + 4
            let box = Rect(x: right ? x - w : x, y: y - fontSize * 0.8, width: w, height: fontSize)
            if fallback == nil { fallback = (x, y, right ? .end : .start) }
            if !dataOverlaps(box) { return (x, y, right ? .end : .start) }
        }
        return fallback ?? (rect.maxX - 2, p - 5, .end)
    }

    /// The legend entries above the plot.
    mutating func drawLegend() {
        guard !layout.legend.isEmpty else { return }
        let f = fontSize
        out.openGroup("vista-legend")
        for item in layout.legend {
            let cy = item.y + frame.lineHeight / 2
            out.openGroup(item.colorClass)
            switch item.swatch {
            case .line: out.line(item.x, cy, item.x + 12, cy, cssClass: "vista-swatch-line")
            case .box: out.rect(Rect(x: item.x, y: cy - 5, width: 11, height: 11), cssClass: "vista-swatch")
            case .hollowDot: out.circle(item.x + 6, cy, r: 4.5, cssClass: "vista-before")
            case .filledDot: out.circle(item.x + 6, cy, r: 5, cssClass: "vista-after")
            }
            out.closeGroup()
            out.label([item.shownName], x: item.x + 18, y: cy + f * 0.35, cssClass: "vista-legend-label")
        }
        out.closeGroup()
    }

    /// Names (or the last value) at the right end of lines.
    mutating func drawEndLabels() {
        guard !layout.endLabels.isEmpty else { return }
        out.openGroup("vista-end-labels")
        let x = plot.rect.maxX + 8
        for label in layout.endLabels {
            out.openGroup(label.colorClass)
            out.label(label.lines, x: x, y: textBaseline(label.y), cssClass: "vista-end-label", lineHeight: frame.lineHeight)
            out.closeGroup()
        }
        out.closeGroup()
    }
}
