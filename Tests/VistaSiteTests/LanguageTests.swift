import Foundation
import Testing
@testable import VistaSite
import VistaContent
import VistaSupport

/// The site in the reader's language: every word of the theme, the sentences and the charts from
/// the catalogue of the site's language, the site's own words over them, and English words with the
/// language's dates and numbers for a language Vista ships no words for.
@Suite struct LanguageTests {
    /// The example content in another language (only `language:` in site.yaml changed), built once per language.
    static func built(_ language: String, extra: [String: String] = [:]) -> (BuildReport, String) {
        let site = SiteTestSupport.read(SiteTestSupport.exampleContent + "/site.yaml")
            .replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: \(language)\n")
        let folder = SiteTestSupport.copyExample(replacing: ["site.yaml": site])
        for (path, text) in extra {
            try? FileManager.default.createDirectory(atPath: (folder + "/" + path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + path))
        }
        return SiteTestSupport.build(folder)
    }

    static let german = built("de")

    /// English words that are the same word in the language (or a name), so may remain.
    static let sameInBothLanguages: [String: Set<String>] = [
        "de": ["Team", "Feed", "Alternative", "Alternatives"],
        "fr": ["Total", "Alternative", "Alternatives", "Minutes", "Variation"],
        "es": ["Total", "Canal"],
        "nl": ["Team", "Feed", "(open)", "Met"],
    ]

    @Test(arguments: ["de", "fr", "es", "nl"])
    func noEnglishWordIsLeft(language: String) throws {
        let (report, site) = language == "de" ? Self.german : Self.built(language)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.filter { !$0.isError }.isEmpty, "\(report.diagnostics)")
        // The example's own texts are English: an English phrase that the content has too may be content.
        let content = try Self.contentText()
        let fragments = Self.englishFragments().filter { fragment in
            !(Self.sameInBothLanguages[language] ?? []).contains(fragment) && !content.contains(fragment)
        }
        #expect(fragments.count > 150, "the English catalogue should give many fragments, found \(fragments.count)")
        var leaks: [String] = []
        for page in SiteTestSupport.files(in: site) where page.hasSuffix(".html") {
            let visible = VisibleText.of(SiteTestSupport.read(site + "/" + page))
            for fragment in fragments {
                let hit = fragment.contains(" ") ? visible.contains { $0.contains(fragment) } : visible.contains { $0 == fragment || $0.hasPrefix(fragment + " ") || $0.hasSuffix(" " + fragment) }
                if hit { leaks.append("\(page): \(fragment)") }
            }
        }
        #expect(leaks.isEmpty, "English left in the \(language) site:\n\(Set(leaks).sorted().prefix(60).joined(separator: "\n"))")
    }

    /// The literal parts of every English text: placeholders, sections and markup taken out.
    static func englishFragments() -> Set<String> {
        var fragments: Set<String> = []
        for (key, text) in SiteWords.english.entries where !key.hasPrefix("period.") && !key.hasPrefix("starter.") && !SiteWords.isMonthKey(key) {
            var plain = text
            // Mustache tags and HTML tags split the text into fragments.
            for pattern in ["\\{\\{\\{?[^}]*\\}?\\}\\}", "<[^>]+>"] {
                plain = plain.replacingOccurrences(of: pattern, with: "\u{1}", options: .regularExpression)
            }
            for piece in plain.split(separator: "\u{1}") {
                let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: " .,:;()–").union(.whitespaces))
                if trimmed.filter(\.isLetter).count >= 3 { fragments.insert(trimmed) }
            }
        }
        return fragments
    }

    static func contentText() throws -> String {
        var text = ""
        let root = SiteTestSupport.exampleContent
        for path in SiteTestSupport.files(in: root) where path.hasSuffix(".md") || path.hasSuffix(".yaml") {
            text += SiteTestSupport.read(root + "/" + path) + "\n"
        }
        return text
    }

    @Test func germanGoldenPages() throws {
        let (report, site) = Self.german
        #expect(report.succeeded)
        SiteTestSupport.assertSnapshot(SiteTestSupport.read(site + "/index.html").mainContent, named: "de-home.html")
        SiteTestSupport.assertSnapshot(SiteTestSupport.read(site + "/tasks/daily-cash-position/index.html").mainContent, named: "de-task.html")
        // The description of a chart: the sentence under the reporting cost's chart.
        let metric = SiteTestSupport.read(site + "/metrics/reporting-cost/index.html")
        let start = try #require(metric.range(of: "<p class=\"chart-description\">"))
        let end = try #require(metric[start.upperBound...].range(of: "</p>"))
        SiteTestSupport.assertSnapshot(String(metric[start.upperBound..<end.lowerBound]) + "\n", named: "de-chart-description.txt")
    }

    @Test func germanDatesWeeksAndNumbers() {
        let words = SiteWords.catalogue(language: "de", overrides: [:])
        let format = SiteFormat(language: "de", currency: "EUR", words: words)
        #expect(format.period(Period.parseForTest("2026-01-19")) == "19. Jan. 2026")
        #expect(format.period(Period.parseForTest("2026-W03")) == "KW 3/2026")
        #expect(format.period(Period.parseForTest("2026-03")) == "März 2026")
        #expect(format.money(12_400) == "12.400\u{A0}€")
        let french = SiteFormat(language: "fr", currency: "EUR")
        #expect(french.period(Period.parseForTest("2026-01-19")) == "19 janv. 2026")
    }

    @Test func theSitesOwnWordWinsAndAnUnknownKeyIsAWarning() {
        let (report, site) = Self.built("de", extra: ["i18n/de.yaml": "nav:\n  tasks: Vorgänge\n  taks: Vorgänge\n"])
        #expect(report.succeeded, "\(report.diagnostics)")
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(home.contains(">Vorgänge</a>"))
        #expect(!home.contains(">Aufgaben</a></li>"))
        let warnings = report.diagnostics.filter { !$0.isError }
        #expect(warnings.count == 1, "\(warnings)")
        let warning = warnings.first
        #expect(warning?.location == SourceLocation(file: "i18n/de.yaml", line: 3, column: 3))
        #expect(warning?.message.contains("unknown key 'nav.taks'") == true)
        #expect(warning?.hint == "did you mean 'nav.tasks'?")
    }

    @Test func aLanguageWithoutWordsGetsEnglishWordsWithItsOwnDates() {
        let (report, site) = Self.built("it")
        #expect(report.succeeded, "\(report.diagnostics)")
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(home.contains("<html lang=\"it\""))
        #expect(home.contains("Cost today, per year"))
        #expect(home.contains("ott 2026"), "Italian months from the locale data")
        #expect(!home.contains("Oct 2026"))
        let notes = report.checks.filter { $0.message.contains("'it'") }
        #expect(notes.count == 1, "\(report.checks)")
        #expect(notes.first?.message.contains("English words") == true)
        // At the line that names the language (line 5 of the example's site.yaml), at its value.
        #expect(notes.first?.location == SourceLocation(file: "site.yaml", line: 5, column: 11))
    }

    @Test func anOverrideForALanguageVistaDoesNotShipListsTheMissingKeys() {
        let (report, site) = Self.built("it", extra: ["i18n/it.yaml": "nav:\n  tasks: Attività\n"])
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(SiteTestSupport.read(site + "/index.html").contains(">Attività</a>"))
        let notes = report.checks.filter { $0.message.contains("'it'") }
        #expect(notes.count == 1)
        #expect(notes.first?.location.file == "i18n/it.yaml")
        #expect(notes.first?.message.contains("nav.home") == true)
        #expect(notes.first?.message.contains("nav.tasks,") == false)
    }

    @Test func theGermanSiteIsTheSameOnEveryBuild() {
        let (_, first) = Self.german
        let (_, second) = Self.built("de")
        for page in SiteTestSupport.files(in: first) {
            #expect(SiteTestSupport.read(first + "/" + page) == SiteTestSupport.read(second + "/" + page), "\(page)")
        }
    }

    @Test func everyShippedCatalogueHasEveryKey() {
        let english = Set(SiteWords.english.entries.keys)
        for language in SiteWords.shipped {
            let keys = Set(SiteWords.builtIn(language)?.entries.keys.map { $0 } ?? [])
            #expect(keys == english, "\(language): missing \(english.subtracting(keys).sorted()), unknown \(keys.subtracting(english).sorted())")
        }
        // Every placeholder of a translation is one the code fills.
        #expect(SiteWords.problems(in: SiteWords.allBuiltIn.filter { $0.key != "en" }).isEmpty)
    }

    /// The English words read in the background while a build loads its content are the words a
    /// reading of the file gives, whichever thread asks first.
    @Test func theWordsReadInTheBackgroundAreTheFilesWords() throws {
        SiteWords.startReadingEnglish()
        let read = WorkerPool.map(4) { _ in SiteWords.builtIn("en")?.texts ?? [:] }
        let text = try #require(BuiltInTheme.text(of: "i18n/en.yaml"))
        let fresh = CatalogueFile.parse(text, file: "en.yaml", language: "en").0.texts
        #expect(!fresh.isEmpty)
        #expect(read.allSatisfy { $0 == fresh })
    }

    /// The shipped catalogues keep the month names of the locale data, so that pages do not change
    /// when it does; this test says when it has.
    @Test func theShippedMonthsAreTheLocaleDatas() {
        for language in SiteWords.shipped {
            let words = SiteWords.catalogue(language: language, overrides: [:])
            let names = LocaleMonths.names(language)
            #expect((1...12).map { words["month.\($0)"] } == names.format, "\(language)")
            #expect((1...12).map { words["month_tick.\($0)"] } == names.standalone, "\(language)")
        }
    }

    @Test func pluralsFollowTheLanguage() {
        #expect(PluralRule(language: "fr").category(0) == .one)
        #expect(PluralRule(language: "fr").category(1.5) == .one)
        #expect(PluralRule(language: "de").category(0) == .other)
        #expect(PluralRule(language: "en").category(1) == .one)
        let french = SiteWords.catalogue(language: "fr", overrides: [:])
        #expect(french.plural("tasks.count", count: 0, countText: "0") == "0 tâche")
        #expect(french.plural("tasks.count", count: 2, countText: "2") == "2 tâches")
    }
}

/// The text a reader sees on a page: text nodes (scripts and styles left out), and the values of
/// `alt`, `aria-label` and `title`; SVG `<title>`, `<desc>` and `<text>` are text nodes too.
enum VisibleText {
    static func of(_ html: String) -> [String] {
        var texts: [String] = []
        var page = html
        for element in ["script", "style", "code"] {
            page = page.replacingOccurrences(of: "<\(element)[^>]*>[\\s\\S]*?</\(element)>", with: " ", options: .regularExpression)
        }
        let attribute = try! NSRegularExpression(pattern: "\\s(?:alt|aria-label|title)=\"([^\"]*)\"")
        let range = NSRange(page.startIndex..., in: page)
        for match in attribute.matches(in: page, range: range) {
            if let value = Range(match.range(at: 1), in: page) { texts.append(decode(String(page[value]))) }
        }
        // Text between tags; inline markup (<strong>, <a>, <time>, <span>) joins the text around it.
        let inline = "</?(?:strong|a|time|span|em|abbr|b|i|sup|tspan)(?:\\s[^>]*)?>"
        let joined = page.replacingOccurrences(of: inline, with: "", options: .regularExpression)
        for piece in joined.components(separatedBy: "<") {
            guard let close = piece.firstIndex(of: ">") else { continue }
            let text = decode(String(piece[piece.index(after: close)...])).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { texts.append(text) }
        }
        return texts
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Period {
    static func parseForTest(_ text: String) -> Period { try! Period.parse(text).get() }
}
