/// The plotting area of a chart: where values and axis positions land.
///
/// A vertical plot has the axis positions along x and values up y (line, area, columns);
/// a horizontal plot has positions as rows down y and values along x (long labels, dumbbells).
struct Plot: Sendable {
    /// The area inside the axes.
    var rect: Rect
    /// Whether positions are rows (values run along x).
    var horizontal: Bool
    /// The axis positions.
    var index: IndexScale
    /// The values.
    var value: LinearScale
    /// How far marks sit from the middle of their band (rows with their name above them).
    var indexShift: Double = 0

    /// The point of `value` at axis position `index`, shifted along the index direction by `offset`.
    func point(_ index: Int, _ value: Double, offset: Double = 0) -> Point {
        let i = self.index.center(index) + indexShift + offset
        let v = self.value.position(value)
        return horizontal ? Point(x: v, y: i) : Point(x: i, y: v)
    }

    /// A bar at position `index` from value `from` to value `to`, `thickness` wide, shifted by `offset`.
    func bar(_ index: Int, from: Double, to: Double, thickness: Double, offset: Double = 0) -> Rect {
        let c = self.index.center(index) + indexShift + offset
        let a = value.position(from), b = value.position(to)
        if horizontal {
            return Rect(x: min(a, b), y: c - thickness / 2, width: abs(b - a), height: thickness)
        }
        return Rect(x: c - thickness / 2, y: min(a, b), width: thickness, height: abs(b - a))
    }

    /// The pixel of value `v` along the value direction, kept inside the plot.
    func clampedValuePosition(_ v: Double) -> Double {
        let p = value.position(v)
        return horizontal ? min(max(p, rect.x), rect.maxX) : min(max(p, rect.y), rect.maxY)
    }
}
