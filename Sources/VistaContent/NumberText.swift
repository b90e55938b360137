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

    /// How many decimals a number is written with (`93.0`: 1, `12400`: 0), or nil when it is written
    /// with an exponent (`1e3`), whose decimals say nothing about its precision.
    public static func decimals(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.contains(where: { $0 == "e" || $0 == "E" }) else { return nil }
        guard let dot = trimmed.firstIndex(of: ".") else { return 0 }
        return trimmed.distance(from: trimmed.index(after: dot), to: trimmed.endIndex)
    }

    /// A short text for a number in messages: `4`, `2.5`.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
