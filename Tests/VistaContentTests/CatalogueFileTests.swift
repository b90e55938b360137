import Foundation
import Testing
@testable import VistaContent

/// Files of words are read line by line when they have the shape of the shipped ones
/// (`CatalogueFile.plainEntries`), else with Yams. The line reader must give exactly what Yams
/// gives, texts and places, or give up.
@Suite struct CatalogueFileTests {
    static func shipped(_ language: String) -> String {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/VistaSite/Theme/i18n")
        return String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(language + ".yaml").path) ?? Data(), as: UTF8.self)
    }

    /// What Yams reads, when it reads the file without a diagnostic.
    static func yams(_ text: String) -> [String: CatalogueFile.Entry]? {
        let (file, diagnostics) = CatalogueFile.parseYAML(text, file: "i18n/xx.yaml", language: "xx")
        return diagnostics.isEmpty ? file.entries : nil
    }

    @Test(arguments: ["en", "de", "fr", "es", "nl"])
    func everyShippedFileIsReadLineByLineAsYamsReadsIt(_ language: String) throws {
        let text = Self.shipped(language)
        let plain = try #require(CatalogueFile.plainEntries(text, file: "i18n/xx.yaml"), "the shipped \(language).yaml is read line by line")
        #expect(plain.count > 300)
        #expect(plain == Self.yams(text))
    }

    @Test(arguments: [
        "a: b\n", "a:\n  b: c\n  d: \"e: f\"\n", "# only a comment\n", "", "\n\n",
        "a: \"quoted \\\"inner\\\" and \\\\ slash\"\n", "a: plain text with {{count}} and <b>html</b>\n",
        "a:   many spaces   \n", "a: ü and 日本\n", "a:\n\n  # comment\n  b: c\nd: e\n",
        "null: x\ntrue: y\n1: z\n", "a: ...\n", "a: x:y\n", "a: x#y\n",
    ])
    func shapesTheLineReaderReads(_ text: String) {
        #expect(CatalogueFile.plainEntries(text, file: "i18n/xx.yaml") != nil, "\(text.debugDescription)")
        #expect(CatalogueFile.plainEntries(text, file: "i18n/xx.yaml") == Self.yams(text) ?? [:])
    }

    /// Each either is read exactly as Yams reads it, or is left to Yams.
    @Test(arguments: [
        "a: b\n", "a: 'single'\n", "a: - x\n", "a: x: y\n", "a: x # comment\n", "a:\n    b: four spaces\n",
        "a:\tb\n", "\ta: b\n", "a: b\r\nc: d\r\n", "a:\nb: c\n", "a:\n", "a: b\n  c\n", "a: \"open\n  close\"\n",
        "a: \"\\n escape\"\n", "a: \"x\" # c\n", "a: b\na: c\n", "a:\n  b: c\na:\n  d: e\n", "a.b: c\n", "a-b: c\n",
        "a: [x, y]\n", "a: {b: c}\n", "a: &x b\nc: *x\n", "a: |\n  block\n", "a: >\n  folded\n", "---\na: b\n",
        "a: b\n...\n", "\u{FEFF}a: b\n", "a: \u{7}\n", "a: \u{85}x\n", "a: x\u{2028}y\n", "a: x\u{FEFF}\n", "a: \"x\u{80}\"\n",
        "a: b:\n", "a: x:\n", "a: ? x\n", "a: !tag x\n", "a: %x\n", "a: @x\n", "a: `x\n", "a: \"\"\n",
        "a: #x\n", "a:  \n", "a: b \n", "  a: b\n", "a:\n  b: c\n    d: e\n", "a: \"x\"y\n", "a: \"x\\\"\n",
    ])
    func anythingElseIsLeftToYamsOrReadAsYamsReadsIt(_ text: String) {
        if let plain = CatalogueFile.plainEntries(text, file: "i18n/xx.yaml") {
            #expect(plain == Self.yams(text), "\(text.debugDescription)")
        }
    }

    @Test func theKeysPlaceIsWhereYamsPutsIt() throws {
        let entries = try #require(CatalogueFile.plainEntries("# words\nheadline:\n  cost_today: Cost today\n", file: "i18n/xx.yaml"))
        #expect(entries["headline.cost_today"]?.location == SourceLocation(file: "i18n/xx.yaml", line: 3, column: 3))
    }
}

