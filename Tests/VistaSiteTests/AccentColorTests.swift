import Testing
@testable import VistaSite
import VistaContent

/// Any brand colour gives link and badge colours with at least 4.5:1 contrast in both themes.
@Suite struct AccentColorTests {
    @Test(arguments: ["#1f6feb", "#0f766e", "#ffd700", "#f59e0b", "#ffffff", "#000000", "navy", "#abc"])
    func readableInBothThemes(_ css: String) throws {
        let accent = try #require(AccentColor(css: css))
        let light = try #require(AccentColor.parse(accent.lightText))
        let dark = try #require(AccentColor.parse(accent.darkText))
        #expect(light.contrast(with: AccentColor.lightSurface) >= 4.5)
        #expect(light.contrast(with: .white) >= 4.5)
        #expect(dark.contrast(with: AccentColor.darkSurface) >= 4.5)
    }

    /// The first chart series, focus rings and the current navigation item: at least 3:1 (WCAG 1.4.11)
    /// against every surface a chart or a tile sits on.
    @Test(arguments: ["#1f6feb", "#0f766e", "#ffd700", "#ffcc00", "#f59e0b", "#ffffff", "#000000", "navy", "#abc"])
    func chartColoursStandOutInBothThemes(_ css: String) throws {
        let accent = try #require(AccentColor(css: css))
        let light = try #require(AccentColor.parse(accent.lightChart))
        let dark = try #require(AccentColor.parse(accent.darkChart))
        for surface in ["#ffffff", "#f6f8fa", "#eef1f4"] {
            #expect(light.contrast(with: try #require(AccentColor.parse(surface))) >= 3, "\(css) on \(surface)")
        }
        for surface in ["#0d1117", "#111827", "#161b22", "#1f2630"] {
            #expect(dark.contrast(with: try #require(AccentColor.parse(surface))) >= 3, "\(css) on \(surface)")
        }
    }

    @Test func aChartColourChangesOnlyAsFarAsItMust() throws {
        // #1f6feb has 4.1:1 against #eef1f4 and 3.3:1 against #1f2630: kept in both themes.
        let blue = try #require(AccentColor(css: "#1f6feb"))
        #expect(blue.lightChart == "#1f6feb")
        #expect(blue.darkChart == "#1f6feb")
        // #ffcc00 has 1.3:1 against #eef1f4: darkened for the light theme, kept for the dark one,
        // and still lighter than the text variant, which needs 4.5:1.
        let yellow = try #require(AccentColor(css: "#ffcc00"))
        #expect(yellow.darkChart == "#ffcc00")
        let graphic = try #require(AccentColor.parse(yellow.lightChart))
        let text = try #require(AccentColor.parse(yellow.lightText))
        #expect(graphic.luminance > text.luminance)
        #expect(graphic.contrast(with: AccentColor.lightSurface) < 3.5)
    }

    @Test func aDarkEnoughColourIsKept() {
        // #0f766e has 5.47:1 against white and about 5:1 against #eef1f4: no change needed.
        #expect(AccentColor(css: "#0f766e")?.lightText == "#0f766e")
    }

    @Test func whiteAndBlackContrastIsTwentyOne() {
        #expect(abs(AccentColor.RGB.white.contrast(with: .black) - 21) < 0.001)
    }

    @Test func unknownColoursGiveNil() {
        #expect(AccentColor(css: "#12345") == nil)
        #expect(AccentColor(css: "bluish") == nil)
        #expect(AccentColor(css: "rgb(1, 2)") == nil)
    }

    /// Every colour that site.yaml accepts gives variants computed from that colour: a red accent
    /// written as rgb() gets red variants, not the default blue ones.
    @Test func everyWayOfWritingAColourGivesItsOwnVariants() throws {
        let red = try #require(AccentColor(css: "#c81e1e"))
        for css in ["rgb(200, 30, 30)", "rgb(200 30 30)", "rgba(200, 30, 30, 0.5)", "#C81E1E", "#c81e1eff"] {
            #expect(AccentColor(css: css)?.lightText == red.lightText, "\(css)")
            #expect(AccentColor(css: css)?.darkChart == red.darkChart, "\(css)")
        }
        #expect(ThemeColor(css: "hsl(0 100% 50%)")?.hex == "#ff0000")
        #expect(ThemeColor(css: "hsl(120deg, 100%, 25%)")?.hex == "#008000")
        #expect(ThemeColor(css: "oklch(0.628 0.2577 29.23)")?.hex == "#ff0000")
        #expect(ThemeColor(css: "rebeccapurple")?.hex == "#663399")
    }

    @Test func anAccentVistaCannotReadIsAnErrorWithAHint() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["site.yaml": "title: Harbor\ntheme:\n  accent: rebeccapurpel\n"])
        defer { SiteTestSupport.removeTemporary(content) }
        let (report, _) = SiteTestSupport.build(content)
        let lines = report.diagnostics.map { $0.formatted(contentFolder: "Content") }
        #expect(lines.contains("Content/site.yaml:3:11: error: `accent` must be a CSS colour like \"#1f6feb\", found 'rebeccapurpel'\n    hint: did you mean 'rebeccapurple'?"), "\(lines)")
    }
}
