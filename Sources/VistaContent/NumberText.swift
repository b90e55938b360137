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
        // Read on the bytes: a number is ASCII, and this runs for every cell of a data file.
        let bytes = trimmed.utf8
        guard !bytes.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return nil }
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        let after = bytes[bytes.index(after: dot)...]
        return after.allSatisfy { $0 < 0x80 } ? after.count : trimmed[trimmed.index(after: dot)...].count
    }

    /// A short text for a number in messages: `4`, `2.5`.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
