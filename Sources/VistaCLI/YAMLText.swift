import Foundation
import Yams

/// Text written into YAML as a scalar: plain when that reads back as the same text, else double-quoted.
enum YAMLText {
    static func scalar(_ text: String) -> String {
        // A plain scalar that YAML reads as something other than text (`null`, `~`, `yes`, `123`,
        // `1e3`, `.nan`, `2026-01-01`) must be quoted to stay text.
        let readsAsText = Resolver.default.resolveTag(of: Node(text)) == .str
        let special: Set<Character> = [":", "#", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\"]
        let first = text.first
        let needsQuotes = text.isEmpty || text != text.trimmingCharacters(in: .whitespaces)
            || text.contains(where: { special.contains($0) || $0.isNewline || $0 == "\t" })
            || first == "-" || first == "?" || !readsAsText
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
