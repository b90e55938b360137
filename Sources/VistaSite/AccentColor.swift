import Foundation
import VistaContent

/// The theme's accent colour, and variants of it that stay readable as text and behind white text
/// in the light and the dark theme (WCAG contrast of at least 4.5:1 against the theme's surfaces).
/// Computed at build time, so that any brand colour a site chooses gives accessible links and badges.
struct AccentColor: Sendable, Equatable {
    /// An sRGB colour with channels from 0 to 1.
    struct RGB: Sendable, Equatable {
        var red: Double, green: Double, blue: Double

        /// WCAG relative luminance.
        var luminance: Double {
            func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        func contrast(with other: RGB) -> Double {
            let (a, b) = (luminance + 0.05, other.luminance + 0.05)
            return max(a, b) / min(a, b)
        }

        func mixed(with other: RGB, amount: Double) -> RGB {
            RGB(red: red + (other.red - red) * amount, green: green + (other.green - green) * amount,
                blue: blue + (other.blue - blue) * amount)
        }

        var hex: String {
            let digits = Array("0123456789abcdef")
            return "#" + [red, green, blue].map { channel -> String in
                let value = Int((min(1, max(0, channel)) * 255).rounded())
                return String([digits[value >> 4], digits[value & 15]])
            }.joined()
        }

        static let white = RGB(red: 1, green: 1, blue: 1)
        static let black = RGB(red: 0, green: 0, blue: 0)
    }

    /// The colour as the site wrote it.
    let css: String
    /// For text and for backgrounds behind white text in the light theme.
    let lightText: String
    /// For text and for backgrounds behind dark text in the dark theme.
    let darkText: String
    /// For the first chart series in the light theme: lines, bars and dots need 3:1 (WCAG 1.4.11),
    /// so a brand colour is changed only as far as that needs.
    let lightChart: String
    /// For the first chart series in the dark theme.
    let darkChart: String

    /// The lightest surface text sits on in the light theme, and the lightest in the dark theme.
    static let lightSurface = RGB(red: 0xee / 255, green: 0xf1 / 255, blue: 0xf4 / 255)
    static let darkSurface = RGB(red: 0x1f / 255, green: 0x26 / 255, blue: 0x30 / 255)
    static let minimumContrast = 4.6
    /// Graphics need 3:1; a little more keeps rounding to hex digits on the safe side.
    static let minimumGraphicContrast = 3.1

    /// The accent's readable variants; nil when the colour is not one Vista can read (then the theme's defaults apply).
    init?(css: String) {
        guard let colour = Self.parse(css) else { return nil }
        self.css = css
        lightText = Self.adjusted(colour, against: Self.lightSurface, towards: .black).hex
        darkText = Self.adjusted(colour, against: Self.darkSurface, towards: .white).hex
        lightChart = Self.adjusted(colour, against: Self.lightSurface, towards: .black, contrast: Self.minimumGraphicContrast).hex
        darkChart = Self.adjusted(colour, against: Self.darkSurface, towards: .white, contrast: Self.minimumGraphicContrast).hex
    }

    /// The colour mixed towards black or white, step by step, until it reaches the contrast.
    static func adjusted(_ colour: RGB, against surface: RGB, towards target: RGB, contrast: Double = minimumContrast) -> RGB {
        var amount = 0.0
        var result = colour
        while result.contrast(with: surface) < contrast, amount < 1 {
            amount += 0.02
            result = colour.mixed(with: target, amount: amount)
        }
        return result
    }

    /// The colour a CSS text names, read by the one colour reader of the content (`ThemeColor`).
    static func parse(_ css: String) -> RGB? {
        ThemeColor(css: css).map { RGB(red: $0.red, green: $0.green, blue: $0.blue) }
    }
}
