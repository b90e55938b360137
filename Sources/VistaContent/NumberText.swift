/// Plain numbers as the content writes them: `12400`, `12400.5`, `-3`, `1e3`. No thousands
/// separators, no units, nothing that is not finite.
public enum NumberText {
    /// The number a text holds, or nil.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "0"..."9", ".", "-", "+", "e", "E": continue
            default: return nil
            }
        }
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// A short text for a number in messages: `4`, `2.5`.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
