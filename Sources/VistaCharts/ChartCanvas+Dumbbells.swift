/// Before-after marks: a dumbbell per row from the baseline (hollow dot) to the latest value (filled dot),
/// coloured good or bad by the spec's direction.
extension ChartCanvas {
    /// The text beside a dumbbell: "11.2 % → 4.8 %", or the one value there is.
    static func dumbbellText(_ before: Double?, _ after: Double?, formatter: ValueFormatter) -> String {
        switch (before, after) {
        case let (b?, a?) where b != a: return formatter.format(b) + " → " + formatter.format(a)
        case let (_, a?): return formatter.format(a)
        case let (b?, nil): return formatter.format(b)
        default: return ""
        }
    }

    /// Draws the dumbbells of a row spec made by `Comparison.rowSpec(of:)`.
    mutating func drawDumbbells() {
        guard spec.series.count == 2 else { return }
        let before = spec.series[0], after = spec.series[1]
        out.openGroup("vista-marks")
        for i in 0..<spec.positionCount {
            let b = before.value(at: i), a = after.value(at: i)
            let good = (b != nil && a != nil) ? spec.direction.isGood(a! - b!) : nil
            let tone = good.map { $0 ? "vista-good" : "vista-bad" } ?? "vista-neutral"
            out.openGroup("vista-dumbbell " + tone)
            if let b, let a {
                let pb = plot.point(i, b), pa = plot.point(i, a)
                out.line(pb.x, pb.y, pa.x, pa.y, cssClass: "vista-stem")
            }
            if let b { let p = plot.point(i, b); out.circle(p.x, p.y, r: 5, cssClass: "vista-before") }
            if let a { let p = plot.point(i, a); out.circle(p.x, p.y, r: 6, cssClass: "vista-after") }
            let right = max(b ?? -Double.infinity, a ?? -Double.infinity)
            if right.isFinite {
                let p = plot.point(i, right)
                overlay.label([ChartCanvas.dumbbellText(b, a, formatter: formatter)], x: p.x + 10, y: textBaseline(p.y), cssClass: "vista-value")
            }
            out.closeGroup()
        }
        out.closeGroup()
    }
}
