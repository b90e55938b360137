import Foundation

/// A colour as a theme writes it, read into sRGB channels from 0 to 1: `#1f6feb`, `#1f6feb80`,
/// `rgb(31 111 235)`, `rgb(31, 111, 235)`, `rgba(…)`, `hsl(215 83% 52%)`, `oklch(0.6 0.2 260)`,
/// `oklab(…)` or a CSS colour name. Alpha is ignored: the accent is painted opaque. `red`, `green`
/// and `blue` are those channels.
///
/// The one reader of colours: `site.yaml` accepts exactly the colours it reads, and the accent's
/// readable variants are computed from what it read, so the two can never disagree.
public struct ThemeColor: Sendable, Equatable {
    public var red: Double
    public var green: Double
    public var blue: Double

    /// A colour from its channels, each from 0 to 1 (clamped).
    public init(red: Double, green: Double, blue: Double) {
        self.red = min(1, max(0, red))
        self.green = min(1, max(0, green))
        self.blue = min(1, max(0, blue))
    }

    /// The colour a CSS text names, or nil when it is not one Vista reads.
    public init?(css: String) {
        let text = css.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasPrefix("#") {
            guard let colour = Self.hex(text.dropFirst()) else { return nil }
            self = colour
        } else if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard let colour = Self.function(name, arguments: Self.arguments(inside)) else { return nil }
            self = colour
        } else if let hex = Self.names[text], let colour = Self.hex(Substring(hex)) {
            self = colour
        } else {
            return nil
        }
    }

    /// The colour as `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { channel -> String in
            let value = Int((min(1, max(0, channel)) * 255).rounded())
            return String([digits[value >> 4], digits[value & 15]])
        }.joined()
    }

    /// The closest CSS colour name to a misspelt one, for a hint.
    public static func closestName(to text: String) -> String? {
        Suggestion.closest(to: text.lowercased(), in: names.keys.sorted())
    }

    private static func hex(_ digits: Substring) -> ThemeColor? {
        let characters = Array(digits)
        guard [3, 4, 6, 8].contains(characters.count), characters.allSatisfy(\.isHexDigit) else { return nil }
        func value(_ pair: [Character]) -> Double { Double(Int(String(pair), radix: 16)!) / 255 }
        if characters.count <= 4 {
            return ThemeColor(red: value([characters[0], characters[0]]), green: value([characters[1], characters[1]]),
                              blue: value([characters[2], characters[2]]))
        }
        return ThemeColor(red: value(Array(characters[0...1])), green: value(Array(characters[2...3])),
                          blue: value(Array(characters[4...5])))
    }

    /// One argument of a colour function: a number, a percentage or an angle in degrees.
    private struct Argument {
        var value: Double
        var isPercent: Bool
    }

    /// The arguments before any `/ alpha`, separated by commas or spaces.
    private static func arguments(_ inside: Substring) -> [Argument]? {
        let beforeAlpha = inside.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var result: [Argument] = []
        for word in beforeAlpha.split(whereSeparator: { $0 == "," || $0 == " " }) {
            var text = word
            var isPercent = false
            if text.hasSuffix("%") { isPercent = true; text = text.dropLast() } else if text.hasSuffix("deg") { text = text.dropLast(3) }
            guard let value = Double(text), value.isFinite else { return nil }
            result.append(Argument(value: value, isPercent: isPercent))
        }
        return result
    }

    private static func function(_ name: String, arguments: [Argument]?) -> ThemeColor? {
        guard let arguments, arguments.count == 3 || (arguments.count == 4 && name.hasSuffix("a") && !name.hasPrefix("ok")) else { return nil }
        let (a, b, c) = (arguments[0], arguments[1], arguments[2])
        switch name {
        case "rgb", "rgba":
            func channel(_ x: Argument) -> Double { x.isPercent ? x.value / 100 : x.value / 255 }
            return ThemeColor(red: channel(a), green: channel(b), blue: channel(c))
        case "hsl", "hsla":
            return hsl(hue: a.value, saturation: b.value / 100, lightness: c.value / 100)
        case "oklab":
            return oklab(lightness: a.isPercent ? a.value / 100 : a.value, a: b.isPercent ? b.value * 0.004 : b.value,
                         b: c.isPercent ? c.value * 0.004 : c.value)
        case "oklch":
            let chroma = b.isPercent ? b.value * 0.004 : b.value
            let angle = c.value * .pi / 180
            return oklab(lightness: a.isPercent ? a.value / 100 : a.value, a: chroma * cos(angle), b: chroma * sin(angle))
        default:
            return nil
        }
    }

    private static func hsl(hue: Double, saturation: Double, lightness: Double) -> ThemeColor {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        let s = min(1, max(0, saturation)), l = min(1, max(0, lightness))
        func f(_ n: Double) -> Double {
            let k = (n + h / 30).truncatingRemainder(dividingBy: 12)
            return l - s * min(l, 1 - l) * max(-1, min(k - 3, 9 - k, 1))
        }
        return ThemeColor(red: f(0), green: f(8), blue: f(4))
    }

    /// Björn Ottosson's Oklab to sRGB.
    private static func oklab(lightness L: Double, a: Double, b: Double) -> ThemeColor {
        let l = pow(L + 0.3963377774 * a + 0.2158037573 * b, 3)
        let m = pow(L - 0.1055613458 * a - 0.0638541728 * b, 3)
        let s = pow(L - 0.0894841775 * a - 1.2914855480 * b, 3)
        func encode(_ c: Double) -> Double { c <= 0.0031308 ? 12.92 * c : 1.055 * pow(max(0, c), 1 / 2.4) - 0.055 }
        return ThemeColor(red: encode(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
                          green: encode(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
                          blue: encode(-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s))
    }
}
