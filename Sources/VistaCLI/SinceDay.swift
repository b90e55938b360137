import VistaContent

/// The day given to `--since`.
enum SinceDay {
    /// A day like `2026-10-01`, or nil.
    static func parse(_ text: String) -> Period? {
        guard case .success(let period) = Period.parse(text), period.granularity == .day else { return nil }
        return period
    }
}
