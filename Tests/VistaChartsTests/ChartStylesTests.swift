import Foundation
import Testing
@testable import VistaCharts

@Suite struct ChartStylesTests {
    /// WCAG relative luminance of "#rrggbb".
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Double {
            let v = Double(Int(String(digits[i..<(i + 2)]), radix: 16)!) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test(arguments: [("light", ChartPalette.light), ("dark", ChartPalette.dark)])
    func meaningfulColoursKeepThreeToOneContrast(scheme: String, palette: ChartPalette) {
        #expect(palette.series.count == ChartPalette.size)
        for colour in palette.series + [palette.good, palette.bad, palette.neutral, palette.target, palette.text] {
            let ratio = Self.contrast(colour, palette.background)
            #expect(ratio >= 3, "\(scheme): \(colour) has contrast \(ratio)")
        }
        #expect(Set(palette.series).count == palette.series.count)
    }

    @Test func contrastFormulaMatchesKnownValues() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.02)
    }

    @Test func stylesheetDeclaresBothSchemesPrintAndVariants() {
        let css = ChartStyles.css
        #expect(css.contains(":where(:root){--vista-chart-1:var(--vista-accent-chart,#2563eb);"))
        #expect(css.contains("@media (prefers-color-scheme: dark){:where(:root){--vista-chart-1:var(--vista-accent-chart-dark,#60a5fa);"))
        #expect(css.contains("@media print"))
        #expect(css.contains("@container (max-width: 659.98px){.vista-chart-wide{display:none}.vista-chart-narrow{display:block}}"))
        for name in ["--vista-good", "--vista-bad", "--vista-grid", "--vista-text", "--vista-target"] { #expect(css.contains(name + ":")) }
        var depth = 0
        for c in css { if c == "{" { depth += 1 } else if c == "}" { depth -= 1; #expect(depth >= 0) } }
        #expect(depth == 0)
    }

    /// Text stays at 11 px or more at the narrowest width each variant is shown at.
    @Test func textStaysReadable() {
        #expect(ChartFrame.wide.fontSize * 660 / ChartFrame.wide.width >= 11)
        #expect(ChartFrame.narrow.fontSize * 330 / ChartFrame.narrow.width >= 11)
        let markup = ChartRenderer.svg(Fixtures.noShows, id: "t")
        let sizes = XMLCheck(markup).values(of: "font-size").compactMap(Double.init)
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 12 })
    }
}
