import Testing
@testable import VistaSite

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

    @Test func aDarkEnoughColourIsKept() {
        // #0f766e has 5.47:1 against white and about 5:1 against #eef1f4: no change needed.
        #expect(AccentColor(css: "#0f766e")?.lightText == "#0f766e")
    }

    @Test func whiteAndBlackContrastIsTwentyOne() {
        #expect(abs(AccentColor.RGB.white.contrast(with: .black) - 21) < 0.001)
    }

    @Test func unknownColoursGiveNil() {
        #expect(AccentColor(css: "rgb(1, 2, 3)") == nil)
        #expect(AccentColor(css: "#12345") == nil)
    }
}
