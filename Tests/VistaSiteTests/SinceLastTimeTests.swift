import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VistaSite
import VistaContent

/// "Since last time" on built sites, with figures worked out by hand from the snapshots that the
/// example and the harbor fixture ship.
@Suite struct SinceLastTimeTests {
    static let example = SiteTestSupport.build(SiteTestSupport.exampleContent)
    static let harbor = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))

    static func since(_ html: String) -> String? {
        guard let start = html.range(of: "<section class=\"since\""), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func theExampleHomePageSaysWhatTheLatestSnapshotChanged() throws {
        let (report, site) = Self.example
        #expect(report.succeeded)
        // The content equals history/2026-11-06.yaml, so the block shows 2026-10-08 → 2026-11-06.
        let block = try #require(Self.since(SiteTestSupport.read(site + "/index.html")))
        #expect(block.contains("Since <time datetime=\"2026-10-08\">8 Oct 2026</time>"))
        // The headcount report's proposed cost went from $3,900 to $2,730: the saving rose by $1,170,
        // from $92,170.83 to $93,340.83.
        #expect(block.contains("Saving per year</span> up $1,170, from $92,171 to <strong>$93,341</strong>"))
        // Reporting cost 6,240 → 6,110: −130, −130 / 6,240 = −2.08 %; lower is better; the 6,200 target is now met.
        #expect(block.contains("Reporting cost per month</a></span> −\u{2060}$130 (−2.1\u{A0}%): $6,240 (Sep 2026) → <strong>$6,110</strong> (Oct 2026), better; target met"))
        // Satisfaction 58 → 67 %: +9 points, 9 / 58 = +15.5 %; higher is better.
        #expect(block.contains("+9\u{A0}pp (+15.5\u{A0}%): 58\u{A0}% (Q2 2026) → <strong>67\u{A0}%</strong> (Q3 2026), better"))
        #expect(block.contains("Quarterly forecast analysed</span> (<a href=\"proposals/reporting-task-force/index.html\">A reporting task force</a>) slipped from 30 Oct 2026 to <strong>27 Nov 2026</strong>"))
        #expect(block.contains("A faster month-end pack</a></span> new, <span class=\"badge status-proposed\">Proposed</span>"))
        #expect(!block.contains("Report count"), "17 → 17 did not move")
    }

    @Test func aProposalPageShowsItsOwnChangesAndItsDecisions() throws {
        let (_, site) = Self.example
        let force = SiteTestSupport.read(site + "/proposals/reporting-task-force/index.html")
        let block = try #require(Self.since(force))
        // The task force covers every task: the same $1,170.
        #expect(block.contains("up $1,170, from $92,171 to <strong>$93,341</strong>"))
        #expect(block.contains("slipped from 30 Oct 2026 to <strong>27 Nov 2026</strong>"))
        #expect(!block.contains("A faster month-end pack"), "another proposal's status")
        #expect(force.contains("<strong class=\"decision-word decision-extended\">extended</strong> by Maria Lopez"))
        // month-end-pack's three tasks did not change: no saving line, only its metrics.
        let pack = try #require(Self.since(SiteTestSupport.read(site + "/proposals/month-end-pack/index.html")))
        #expect(!pack.contains("Saving per year"))
        #expect(pack.contains("Analyst hours per month"))
        #expect(!pack.contains("Reporting cost per month"), "not one of its metrics")
    }

    @Test func theChangesPageListsEverySnapshotNewestFirstAndEveryDecision() throws {
        let (_, site) = Self.example
        let page = SiteTestSupport.read(site + "/changes/index.html").mainContent
        let newer = try #require(page.range(of: "id=\"snapshot-2026-11-06\""))
        let older = try #require(page.range(of: "id=\"snapshot-2026-10-08\""))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(page.contains("After the October close") && page.contains("After the September close"))
        #expect(page.contains("Weekly headcount report</a></span> proposed $3,900 → $2,730"))
        #expect(page.contains("The first snapshot: recurring work cost $185,046 a year, the proposed way $92,875, saving $92,171"))
        #expect(!page.contains("Not yet published"), "the content equals the latest snapshot")
        #expect(page.count(of: "<li class=\"decision\">") == 3)
    }

    @Test func sinceADayPicksTheSnapshotAtOrBeforeIt() throws {
        // Before the first snapshot: nothing to compare with, no block anywhere.
        for day in ["2026-10-07", "2026-11-06"] {
            let (report, site) = SiteTestSupport.build(SiteTestSupport.exampleContent, since: day)
            #expect(report.succeeded)
            for page in ["index.html", "proposals/reporting-task-force/index.html", "proposals/month-end-pack/index.html"] {
                // 2026-11-06: the content equals that snapshot, so nothing changed since.
                #expect(Self.since(SiteTestSupport.read(site + "/" + page)) == nil, "\(day) \(page)")
            }
        }
        // since: in site.yaml: the 2026-10-08 snapshot against now, the same block as the rule gives.
        let content = SiteTestSupport.copyExample(replacing: ["site.yaml": SiteTestSupport.read(SiteTestSupport.exampleContent + "/site.yaml") + "since: 2026-10-31\n"])
        let (_, site) = SiteTestSupport.build(content)
        let block = try #require(Self.since(SiteTestSupport.read(site + "/index.html")))
        #expect(block == Self.since(SiteTestSupport.read(Self.example.1 + "/index.html")))
    }

    @Test func aStatusChangeFromProposedToApprovedIsShown() throws {
        // The harbor's live berth plan was proposed on 2026-02-20 and approved by 2026-03-20.
        let (report, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"), since: "2026-03-01")
        #expect(report.succeeded)
        let block = try #require(Self.since(SiteTestSupport.read(site + "/proposals/live-berth-plan/index.html")))
        #expect(block.contains("Since <time datetime=\"2026-02-20\">20 Feb 2026</time>"))
        #expect(block.contains("Proposed → <span class=\"badge status-approved\">Approved</span>"))
        #expect(block.contains("Screens up</span> done"))
        #expect(block.contains("Training done</span> slipped from 1 Apr 2026 to <strong>15 Apr 2026</strong>"))
        // Its one task: the daily report is eliminated both times, so its saving did not move.
        #expect(!block.contains("Saving per year"))
    }

    @Test func theHarborComparesWithItsLatestSnapshotAndShowsWhatIsNotYetPublished() throws {
        let (_, site) = Self.harbor
        let block = try #require(Self.since(SiteTestSupport.read(site + "/index.html")))
        // Berth wait 8 → 5.5 h: −2.5 h, −31.3 %; lower is better; the 6 h target is now met.
        #expect(block.contains("−2.5\u{A0}h (−31.3\u{A0}%): 8\u{A0}h (Mar 2026) → <strong>5.5\u{A0}h</strong> (May 2026), better; target met"))
        // Throughput 1,350 → 1,290 a week: higher is better, so worse.
        #expect(block.contains("−60 (−4.4\u{A0}%): 1,350 (W19 2026) → <strong>1,290</strong> (W20 2026), worse"))
        let changes = SiteTestSupport.read(site + "/changes/index.html")
        #expect(changes.contains("Not yet published: since <time datetime=\"2026-03-20\">20 Mar 2026</time>"))
    }

    @Test func theFeedIsAtomWithOneEntryPerSnapshotAndDecision() throws {
        for (site, snapshots, decisions, absolute) in [(Self.example.1, 2, 3, false), (Self.harbor.1, 2, 1, true)] {
            let data = try #require(FileManager.default.contents(atPath: site + "/feed.xml"))
            let feed = try #require(AtomReader.read(data))
            #expect(feed.namespace == "http://www.w3.org/2005/Atom")
            #expect(feed.entries.count == snapshots + decisions)
            #expect(feed.entries.filter { $0.title.hasPrefix("Snapshot of ") }.count == snapshots)
            #expect(Set(feed.entries.map(\.id)).count == feed.entries.count)
            #expect(feed.entries.allSatisfy { !$0.updated.isEmpty && !$0.href.isEmpty })
            #expect(feed.entries.map(\.updated) == feed.entries.map(\.updated).sorted(by: >), "newest first")
            #expect(feed.entries.allSatisfy { $0.href.hasPrefix("https://intranet.example.com/harbor/") == absolute })
            #expect(feed.updated == feed.entries.first?.updated)
        }
        // Linked from every page's head.
        let (_, site) = Self.example
        for page in ["index.html", "tasks/weekly-sales-report/index.html", "404.html"] {
            #expect(SiteTestSupport.read(site + "/" + page).contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "\(page)")
        }
        #expect(SiteTestSupport.read(site + "/tasks/weekly-sales-report/index.html").contains("href=\"../../feed.xml\""))
    }
}

/// A reader of the parts of an Atom feed the tests look at, with Foundation's XML parser.
final class AtomReader: NSObject, XMLParserDelegate {
    struct Entry { var id = "", title = "", updated = "", href = "" }
    var namespace = ""
    var updated = ""
    var entries: [Entry] = []
    private var entry: Entry?
    private var text = ""

    static func read(_ data: Data) -> AtomReader? {
        let reader = AtomReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        if name == "feed" { namespace = namespaceURI ?? "" }
        if name == "entry" { entry = Entry() }
        if name == "link", attributes["rel"] == "alternate", entry != nil { entry?.href = attributes["href"] ?? "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "entry": if let entry { entries.append(entry) }; entry = nil
        case "id": entry?.id = text
        case "title": entry?.title = text
        case "updated": if entry != nil { entry?.updated = text } else { updated = text }
        default: break
        }
    }
}
