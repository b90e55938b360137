/// Maps axis positions (periods or categories) to pixels: as points (lines) or as bands (bars, rows).
struct IndexScale: Sendable {
    /// The number of positions.
    var count: Int
    /// The pixel where the axis starts and ends.
    var start: Double, end: Double
    /// Whether each position owns a band (bars) rather than a point (lines).
    var banded: Bool

    /// The pixel distance between neighbouring positions.
    var slot: Double {
        guard count > 0 else { return end - start }
        if banded { return (end - start) / Double(count) }
        return count > 1 ? (end - start) / Double(count - 1) : end - start
    }

    /// The pixel of the middle of position `index`.
    func center(_ index: Int) -> Double {
        if banded { return start + slot * (Double(index) + 0.5) }
        return count > 1 ? start + slot * Double(index) : (start + end) / 2
    }

    /// A bar thickness set by the layout instead of the default.
    var fixedBandWidth: Double?

    /// The thickness of a bar in a band: 70 % of the slot, at most 64 units, unless the layout fixed it.
    var bandWidth: Double { fixedBandWidth ?? min(slot * 0.7, 64) }
}
