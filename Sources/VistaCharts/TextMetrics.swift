/// Estimates how wide text is drawn, from a per-character width table of a common sans-serif face.
///
/// Widths are in thousandths of the font size (Helvetica metrics), scaled up by 15 % so that
/// wider faces such as DejaVu Sans still fit: labels are laid out on the estimate, so it errs wide.
enum TextMetrics {
    /// Widths of the printable ASCII characters 32…126.
    static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
    ]

    static let safety = 1.15

    /// The width of one character in thousandths of the font size.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 32 && v <= 126 { return Int(ascii[Int(v - 32)]) }
        switch v {
        case 0x00A0: return 278
        case 0x202F, 0x2009: return 200
        case 0x2212, 0x00B1: return 584
        case 0x2013: return 556
        case 0x2014, 0x2026: return 1000
        case 0x2018, 0x2019: return 222
        case 0x20AC, 0x00A3, 0x00A5, 0x20B9, 0x20A9: return 556
        case 0x00C0...0x00FF: return 600
        case 0x0100...0x024F: return 600
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
            return 1000
        default: return 640
        }
    }

    /// The estimated drawn width of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return Double(total) / 1000 * fontSize * safety
    }

    /// Splits `text` into at most `maxLines` lines no wider than `maxWidth`, breaking at spaces;
    /// the last line is shortened with "…" when the text does not fit.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        guard width(text, fontSize: fontSize) > maxWidth else { return [text] }
        var lines: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var index = 0
        while index < words.count {
            let candidate = current.isEmpty ? words[index] : current + " " + words[index]
            if width(candidate, fontSize: fontSize) <= maxWidth || current.isEmpty {
                current = candidate
                index += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines - 1 { break }
            }
        }
        var rest = current
        if index < words.count {
            let remaining = words[index...].joined(separator: " ")
            rest = rest.isEmpty ? remaining : rest + " " + remaining
        }
        lines.append(rest)
        for i in lines.indices where width(lines[i], fontSize: fontSize) > maxWidth {
            lines[i] = truncate(lines[i], maxWidth: maxWidth, fontSize: fontSize)
        }
        return Array(lines.prefix(maxLines))
    }

    /// `text` shortened with "…" to fit `maxWidth`.
    /// The longest prefix that fits with the "…" is found in one pass (the widths add up), so a
    /// label of megabytes costs as much as reading it once.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var characters: [Character] = []
        var units = width(of: "…")
        for character in text {
            let next = units + character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
            if Double(next) / 1000 * fontSize * safety > maxWidth { break }
            units = next
            characters.append(character)
        }
        while characters.last == " " { characters.removeLast() }
        return String(characters) + "…"
    }
}
