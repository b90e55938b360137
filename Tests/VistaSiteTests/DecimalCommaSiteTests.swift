import Foundation
import Testing
@testable import VistaSite

/// `Fixtures/decimal-commas`: a German site whose metrics come from CSV files as a German Excel
/// saves them. `ueberstunden.csv` is separated by semicolons with decimal commas (`48,5`), which
/// the file itself decides; `energie.csv` is separated by commas, with `decimal: ","` in its metric
/// and the values quoted (`"812,4"`). The figures on the pages are worked out by hand.
@Suite struct DecimalCommaSiteTests {
    static let built = SiteTestSupport.build(SiteTestSupport.fixture("decimal-commas"))
    static let nbsp = "\u{00A0}"
    static let minus = "\u{2212}"

    static func page(_ path: String) -> String { SiteTestSupport.read(built.1 + "/" + path) }

    @Test func theSiteBuildsWithoutAWord() {
        #expect(Self.built.0.succeeded, "\(Self.built.0.diagnostics)")
        #expect(Self.built.0.diagnostics.isEmpty, "\(Self.built.0.diagnostics)")
    }

    @Test func aSemicolonFileWithDecimalCommas() {
        let page = Self.page("metrics/ueberstunden/index.html")
        // The table prints each value with the decimals it was written with, in German.
        for (period, montage, lager) in [("Jan. 2026", "48,5", "12,25"), ("Feb. 2026", "46", "11,5"), ("Apr. 2026", "42,5", "10")] {
            #expect(page.contains("<th scope=\"row\">\(period.replacingOccurrences(of: " ", with: Self.nbsp))</th><td>\(montage)\(Self.nbsp)h</td><td>\(lager)\(Self.nbsp)h</td>"), "\(period)")
        }
        // March has no Lager value: a gap, not a zero.
        #expect(page.contains("<td>44,75\(Self.nbsp)h</td><td><span aria-hidden=\"true\">–</span>"))
        // Latest 42.5 h; since January (48.5 h): −6 h, −6 / 48.5 = −12.4 %; since March (44.75 h):
        // −2.25 h, shown −2.3 h, and −2.25 / 44.75 = −5.0 %, shown −5 %; the 40 h target not met.
        #expect(page.contains("Aktuell</dt><dd>42,5\(Self.nbsp)h</dd>"))
        #expect(page.contains("Seit Jan. 2026</dt><dd>\(Self.minus)6\(Self.nbsp)h</dd><dd class=\"figure-note\">\(Self.minus)12,4\(Self.nbsp)%, besser"))
        #expect(page.contains("Seit März 2026</dt><dd>\(Self.minus)2,3\(Self.nbsp)h</dd><dd class=\"figure-note\">\(Self.minus)5\(Self.nbsp)%, besser"))
        #expect(page.contains("Ziel</dt><dd>40\(Self.nbsp)h</dd><dd class=\"figure-note\">Noch nicht erreicht"))
        // Lager: 12.25 h → 10 h is −2.25 / 12.25 = −18.4 %.
        #expect(page.contains("Lager von 12,3\(Self.nbsp)h im Jan. 2026 auf 10\(Self.nbsp)h im Apr. 2026 gesunken (\(Self.minus)18,4\(Self.nbsp)%)"))
    }

    @Test func aCommaFileWithDecimalCommasForced() {
        let page = Self.page("metrics/energie/index.html")
        #expect(page.contains("<td>812,4\(Self.nbsp)kWh</td>"))
        #expect(page.contains("<td>790\(Self.nbsp)kWh</td>"))
        #expect(page.contains("<td>745,6\(Self.nbsp)kWh</td>"))
        // Latest 745.6 kWh, shown 746; since January (812.4): −66.8 kWh, −66.8 / 812.4 = −8.2 %;
        // since February (790): −44.4 kWh, −44.4 / 790 = −5.6 %.
        #expect(page.contains("Aktuell</dt><dd>746\(Self.nbsp)kWh</dd>"))
        #expect(page.contains("Seit Jan. 2026</dt><dd>\(Self.minus)66,8\(Self.nbsp)kWh</dd><dd class=\"figure-note\">\(Self.minus)8,2\(Self.nbsp)%, besser"))
        #expect(page.contains("Seit Feb. 2026</dt><dd>\(Self.minus)44,4\(Self.nbsp)kWh</dd><dd class=\"figure-note\">\(Self.minus)5,6\(Self.nbsp)%, besser"))
    }

    /// The site publishes the data as CSV for any spreadsheet: commas between fields, dots for decimals.
    @Test func thePublishedCSVUsesDots() {
        #expect(Self.page("metrics/ueberstunden.csv") == "Monat,montage,lager\r\n2026-01,48.5,12.25\r\n2026-02,46,11.5\r\n2026-03,44.75,\r\n2026-04,42.5,10\r\n")
        #expect(Self.page("metrics/energie.csv") == "Monat,verbrauch\r\n2026-01,812.4\r\n2026-02,790\r\n2026-03,745.6\r\n")
    }

    @Test func theHomePageTilesReadTheSameFigures() {
        let home = Self.page("index.html")
        #expect(home.contains("42,5\(Self.nbsp)h"))
        #expect(home.contains("\(Self.minus)6\(Self.nbsp)h (\(Self.minus)12,4\(Self.nbsp)%) <span class=\"kpi-since\">seit Jan. 2026"))
        #expect(home.contains("\(Self.minus)66,8\(Self.nbsp)kWh (\(Self.minus)8,2\(Self.nbsp)%) <span class=\"kpi-since\">seit Jan. 2026"))
    }
}
