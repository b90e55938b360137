import Foundation
import VistaContent
import VistaSupport

/// The words of a site: the theme's catalogue for the site's language (`Theme/i18n/<language>.yaml`,
/// English for a language Vista does not ship), with the site's own `i18n/<language>.yaml` over it.
public enum SiteWords {
    /// The languages Vista ships words for.
    public static let shipped = ["en", "de", "fr", "es", "nl"]

    /// The built-in catalogue of a shipped language, read when a build first needs it and kept for
    /// the process (a build reads English and the site's language, not all five).
    /// The catalogue is read with the lock held, so that a thread that asks while another reads it
    /// waits for that reading instead of reading it again.
    static func builtIn(_ language: String) -> CatalogueFile? {
        parsed.update { files in
            if let file = files[language] { return file }
            guard shipped.contains(language), let text = BuiltInTheme.text(of: "i18n/\(language).yaml") else { return nil }
            let file = CatalogueFile.parse(text, file: "(built-in theme)/i18n/\(language).yaml", language: language).0
            files[language] = file
            return file
        }
    }

    /// Starts reading the English words on a worker, unless they are read already: every build
    /// needs them once its content is loaded, so a build reads them while it loads the content.
    public static func startReadingEnglish() {
        guard parsed.read()["en"] == nil else { return }
        WorkerPool.start { _ = builtIn("en") }
    }

    /// Every shipped catalogue, by language.
    static var allBuiltIn: [String: CatalogueFile] {
        Dictionary(uniqueKeysWithValues: shipped.compactMap { language in builtIn(language).map { (language, $0) } })
    }

    private static let parsed = Locked<[String: CatalogueFile]>([:])

    /// The English words every other catalogue is checked against.
    public static var english: Catalogue { Catalogue(language: "en", entries: builtIn("en")?.texts ?? [:]) }

    /// The shipped language whose words a language tag reads: "de" for "de-CH"; nil when Vista ships none.
    public static func shippedLanguage(for tag: String) -> String? {
        let primary = LanguageTag.primary(tag) ?? ""
        return shipped.contains(primary) ? primary : nil
    }

    /// The catalogue of a site in `language`: English under the shipped language's words under the
    /// site's own (an override for the exact tag wins over one for its primary language).
    public static func catalogue(language: String, overrides: [String: CatalogueFile]) -> Catalogue {
        var entries = builtIn("en")?.texts ?? [:]
        if let shipped = shippedLanguage(for: language) {
            if shipped != "en", let file = builtIn(shipped) { entries.merge(file.texts) { _, new in new } }
        } else {
            // English words, but the language's own months, from the locale data (`addingMonths`).
            entries = entries.filter { !Self.isMonthKey($0.key) }
        }
        // The months from the locale data, unless the words name them; then the site's own words.
        var site: [String: String] = [:]
        let primary = LanguageTag.primary(language) ?? language
        if primary != language, let file = overrides[primary] { site.merge(file.texts) { _, new in new } }
        if let file = overrides[language] { site.merge(file.texts) { _, new in new } }
        return Catalogue(language: language, entries: entries).addingMonths().merging(site)
    }

    /// Whether a key names a month (`month.3`, `month_tick.3`): the shipped catalogues keep the
    /// locale data's names, so that pages stay the same when it changes.
    static func isMonthKey(_ key: String) -> Bool { key.hasPrefix("month.") || key.hasPrefix("month_tick.") }

    /// What every build says about the site's words: a key Vista does not know (with the closest
    /// known key), a placeholder the English text does not have.
    public static func problems(in overrides: [String: CatalogueFile]) -> [Diagnostic] {
        guard !overrides.isEmpty, let english = builtIn("en") else { return [] }
        var diagnostics: [Diagnostic] = []
        let known = Array(english.entries.keys).sorted()
        for (_, file) in overrides.sorted(by: { $0.key < $1.key }) {
            for (key, entry) in file.entries.sorted(by: { $0.value.location < $1.value.location }) {
                guard english.entries[key] != nil else {
                    let guess = Suggestion.closest(to: key, in: known) ?? known.first { $0.hasSuffix("." + (key.split(separator: ".").last.map(String.init) ?? key)) }
                    diagnostics.append(.warning(entry.location, "unknown key '\(key)': Vista has no such word",
                                                hint: guess.map { "did you mean '\($0)'?" }))
                    continue
                }
                // The placeholders the English text has, and those another shipped language uses (`{{week}}`).
                let allowed = Set(allBuiltIn.values.flatMap { Catalogue.placeholders(in: $0.entries[key]?.text ?? "") })
                for name in Catalogue.placeholders(in: entry.text) where !allowed.contains(name) {
                    diagnostics.append(.warning(entry.location, "'\(key)' has no placeholder {{\(name)}}",
                                                hint: allowed.isEmpty ? "this text takes no placeholders" : "its placeholders are " + allowed.sorted().map { "{{\($0)}}" }.joined(separator: ", ")))
                }
            }
        }
        return diagnostics
    }

    /// What `vista check` says once for a language Vista ships no words for: that the pages show
    /// English words, or which keys the site's own words for it leave out.
    /// The note is at `written`, where `site.yaml` names the language, or at the site's own words for it.
    public static func notes(language: String, overrides: [String: CatalogueFile], written: SourceLocation? = nil) -> [Diagnostic] {
        guard shippedLanguage(for: language) == nil, let english = builtIn("en") else { return [] }
        var diagnostics: [Diagnostic] = []
        let known = english.entries.keys.filter { !$0.hasPrefix("starter.") && !Self.isMonthKey($0) }.sorted()
        let primary = LanguageTag.primary(language) ?? language
        let own = overrides[language] ?? overrides[primary]
        let missing = known.filter { own?.entries[$0] == nil && overrides[primary]?.entries[$0] == nil }
        guard !missing.isEmpty else { return diagnostics }
        let file = own?.file ?? "site.yaml"
        if own == nil {
            diagnostics.append(.warning(written ?? SourceLocation(file: file),
                                        "Vista ships no words for '\(language)': the pages show English words, with the months, numbers and dates of '\(language)'",
                                        hint: "write the words in i18n/\(language).yaml; `vista check` lists the keys it still needs"))
        } else {
            diagnostics.append(.warning(SourceLocation(file: file),
                                        "\(missing.count) of \(known.count) words are missing for '\(language)' and show in English: \(missing.joined(separator: ", "))",
                                        hint: "copy them from the English words in docs/THEMING.md and translate them"))
        }
        return diagnostics
    }
}

extension Proposal.Status {
    /// The key of the status's word: `in_progress` for `in-progress`.
    var wordKey: String { rawValue.replacingOccurrences(of: "-", with: "_") }
}
