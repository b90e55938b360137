import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VistaSite
import VistaContent

/// Every SVG in a built site is well-formed, has a viewBox and an accessible name, holds no NaN,
/// and the site shows at least six kinds of chart.
@Suite struct SiteChartTests {
    static let built = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))

    /// Every `<svg …>…</svg>` in a page.
    static func svgs(in html: String) -> [String] {
        var result: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<svg"), let end = rest[start.lowerBound...].range(of: "</svg>") {
            result.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// Collects the root element's attributes and the ids inside.
    final class SVGReader: NSObject, XMLParserDelegate {
        var rootAttributes: [String: String]?
        var ids: Set<String> = []
        var elements: Set<String> = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if rootAttributes == nil { rootAttributes = attributes }
            if let id = attributes["id"] { ids.insert(id) }
            elements.insert(name)
        }
    }

    @Test func contentAndChartPeriodsOrderAlike() throws {
        let texts = ["2026", "2026-Q1", "2026-Q2", "2026-03", "2026-06", "2026-W01", "2026-01-01", "2025-12-29", "2026-W13", "2026-03-31"]
        let periods = try texts.map { try Period.parse($0).get() }
        let byContent = periods.sorted().map(\.description)
        let byChart = periods.sorted { $0.chartPeriod < $1.chartPeriod }.map(\.description)
        #expect(byContent == byChart)
        #expect(byContent.prefix(3) == ["2025-12-29", "2026-01-01", "2026-W01"])
    }

    @Test func dataTablesKeepTheDecimalsAsWritten() {
        let page = SiteTestSupport.read(Self.built.1 + "/metrics/berth-wait/index.html")
        // berth-wait.yaml writes 10.0 and 8.0: the table shows them so, beside 11.5 and 5.5.
        #expect(page.contains("<td>10.0\u{00A0}h</td>"))
        #expect(page.contains("<td>8.0\u{00A0}h</td>"))
        #expect(page.contains("<td>11.5\u{00A0}h</td>"))
    }

    @Test func everySVGIsWellFormedAndNamed() throws {
        let (report, site) = Self.built
        #expect(report.succeeded)
        var count = 0
        for page in SiteTestSupport.files(in: site) where page.hasSuffix(".html") {
            for svg in Self.svgs(in: SiteTestSupport.read(site + "/" + page)) {
                count += 1
                let parser = XMLParser(data: Data(svg.utf8))
                let reader = SVGReader()
                parser.delegate = reader
                #expect(parser.parse(), "\(page): an SVG does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
                let root = try #require(reader.rootAttributes)
                #expect(root["viewBox"] != nil, "\(page): an SVG has no viewBox")
                #expect(root["role"] == "img", "\(page): an SVG is not role=img")
                let labels = (root["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
                #expect(!labels.isEmpty && labels.allSatisfy(reader.ids.contains), "\(page): an SVG's accessible name points nowhere")
                #expect(reader.elements.contains("title"))
                for bad in ["NaN", "nan", "inf", "Infinity"] {
                    #expect(!svg.contains("\"\(bad)") && !svg.contains(" \(bad)\""), "\(page): an SVG holds \(bad)")
                }
            }
        }
        #expect(count > 20)
    }

    @Test func atLeastSixKindsOfChartAppear() {
        let (_, site) = Self.built
        var kinds: Set<String> = []
        for page in SiteTestSupport.files(in: site) where page.hasSuffix(".html") {
            let html = SiteTestSupport.read(site + "/" + page)
            for kind in ["line", "area", "bar", "stacked", "before-after", "waterfall"] where html.contains("vista-chart vista-chart-\(kind)\"") {
                kinds.insert(kind)
            }
            if html.contains("class=\"vista-sparkline\"") { kinds.insert("sparkline") }
        }
        #expect(kinds.count >= 6, "\(kinds.sorted())")
    }

    /// An event marks the period that holds it, or the first period it covers; one outside the data
    /// is a warning at its line and no chart draws it (the page's list of events still names it).
    @Test func eventsAreMarkedWhereTheyFallOrWarned() throws {
        let metric = SiteTestSupport.read(SiteTestSupport.fixture("harbor") + "/metrics/berth-wait.yaml")
            .replacingOccurrences(of: "  - {date: 2026-03, label: Live berth plan}\n",
                                  with: "  - {date: 2026-03-14, label: Day event}\n  - {date: 2026-Q2, label: Quarter event}\n  - {date: 2027-01, label: Late event}\n")
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["metrics/berth-wait.yaml": metric])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let warnings = report.diagnostics.filter { $0.message.contains("falls outside the data") }
        #expect(warnings.map { "\($0.location.line):\($0.location.column)" } == ["10:12"])
        #expect(warnings.first?.message == "the event on 2027-01 falls outside the data (2026-01 … 2026-05), so no chart shows it")
        let page = SiteTestSupport.read(site + "/metrics/berth-wait/index.html")
        #expect(page.contains("\">Day event</text>"))
        #expect(page.contains("\">Quarter event</text>"))
        #expect(!page.contains("\">Late event</text>"))
        // The page's list of events still names it.
        #expect(page.contains("<li><strong>Jan 2027</strong> Late event</li>"))
    }
}
