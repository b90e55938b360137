import Foundation
import VistaCharts
import VistaContent
import VistaSupport

/// The theme's words as the site reads them (`Sources/VistaSite/Theme/i18n/`), for charts drawn
/// without a site: English under the language's own, with the months of the locale data.
enum TestWords {
    static let english = catalogue("en")

    static func catalogue(_ language: String) -> Catalogue {
        var entries = file("en")
        let primary = String(language.lowercased().split(separator: "-").first ?? "en")
        let own = primary == "en" ? [:] : file(primary)
        if primary != "en", own.isEmpty { entries = entries.filter { !$0.key.hasPrefix("month") } }
        entries.merge(own) { _, new in new }
        return Catalogue(language: language, entries: entries).addingMonths()
    }

    private static func file(_ language: String) -> [String: String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/VistaSite/Theme/i18n")
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(language + ".yaml").path) else { return [:] }
        return CatalogueFile.parse(String(decoding: data, as: UTF8.self), file: language + ".yaml", language: language).0.texts
    }
}

extension ChartSpec {
    /// The spec with the words of its number style's language.
    var inWords: ChartSpec {
        var spec = self
        spec.words = TestWords.catalogue(numberStyle.language)
        return spec
    }
}
