import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Whole builds of fixture sites: every page promised, the right figures, links resolved, embeds drawn.
@Suite struct SiteBuilderTests {
    @Test func theHarborSiteHasEveryPage() {
        let (report, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(SiteTestSupport.files(in: site) == [
            ".vista-site", "404.html", "assets/anchor.svg", "assets/slides.css", "assets/vista.css", "changes/index.html",
            "dashboard/index.html", "faq/index.html", "feed.xml", "index.html",
            "metrics/berth-wait.csv", "metrics/berth-wait/index.html", "metrics/cargo-by-terminal.csv",
            "metrics/cargo-by-terminal/index.html", "metrics/weekly-throughput.csv", "metrics/weekly-throughput/index.html",
            "proposals/index.html", "proposals/live-berth-plan/index.html", "proposals/live-berth-plan/slides/index.html", "sitemap.xml",
            "tasks/crane-maintenance-log/index.html", "tasks/daily-berth-report/index.html", "tasks/index.html",
            "tasks/tide-bulletin/index.html",
        ])
        #expect(report.pageCount == 15)
    }

    @Test func costTotalsMatchHandFigures() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        // berth 250 × 2 h × £50 = 25,000 → 0; crane 24 × 4 h × 50 + 500 = 5,300 → 12 × 4 × 50 + 500 = 2,900;
        // tide 52 × 1.5 h × 50 = 3,900 kept. Totals 34,200 → 6,800, saving 27,400 (−80.1 %).
        let tasks = SiteTestSupport.read(site + "/tasks/index.html").mainContent
        #expect(tasks.contains("<dd>£34,200</dd>"))
        #expect(tasks.contains("<dd>£6,800</dd>"))
        #expect(tasks.contains("£27,400"))
        #expect(tasks.contains("−80.1\u{A0}%"))
        #expect(tasks.contains("<td class=\"num\" data-label=\"Cost today\">£5,300</td>"))
        #expect(tasks.contains("<td class=\"num\" data-label=\"Proposed\">£2,900</td>"))
        // Sorted by saving, largest first: berth (25,000), crane (2,400), tide (0).
        let berth = tasks.range(of: "Daily berth report</a>")!.lowerBound
        let crane = tasks.range(of: "Crane maintenance log</a>")!.lowerBound
        let tide = tasks.range(of: "Tide bulletin</a>")!.lowerBound
        #expect(berth < crane && crane < tide)
        let cranePage = SiteTestSupport.read(site + "/tasks/crane-maintenance-log/index.html").mainContent
        #expect(cranePage.contains("<td class=\"num\">24</td><td class=\"num\">4\u{A0}h</td><td class=\"num\">96\u{A0}h</td><td class=\"num\">£5,300</td>"))
        #expect(cranePage.contains("<td class=\"num\">12</td><td class=\"num\">4\u{A0}h</td><td class=\"num\">48\u{A0}h</td><td class=\"num\">£2,900</td>"))
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(home.contains("saving <strong>£27,400</strong>"))
    }

    @Test func metricFiguresOnTheMetricPage() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        // 11.5 h in Jan → 5.5 h in May: −6 h (−52.2 %); since Mar (8 h, April is missing): −2.5 h (−31.3 %); target 6 h met.
        let page = SiteTestSupport.read(site + "/metrics/berth-wait/index.html").mainContent
        #expect(page.contains("<dt>Latest</dt><dd>5.5\u{A0}h</dd>"))
        #expect(page.contains("<dt>Since Jan 2026</dt><dd>−6\u{A0}h</dd><dd class=\"figure-note\">−52.2\u{A0}%, better</dd>"))
        #expect(page.contains("<dt>Since Mar 2026</dt><dd>−2.5\u{A0}h</dd><dd class=\"figure-note\">−31.3\u{A0}%, better</dd>"))
        #expect(page.contains("<dt>Target</dt><dd>6\u{A0}h</dd><dd class=\"figure-note\">Met</dd>"))
        #expect(page.contains("href=\"../../metrics/berth-wait.csv\""))
        let csv = SiteTestSupport.read(site + "/metrics/berth-wait.csv")
        #expect(csv == "month,wait\r\n2026-01,11.5\r\n2026-02,10\r\n2026-03,8\r\n2026-04,\r\n2026-05,5.5\r\n")
    }

    @Test func contentLinksBecomeRelativePageLinks() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        let home = SiteTestSupport.read(site + "/index.html").mainContent
        #expect(home.contains("href=\"tasks/daily-berth-report/index.html\""))
        #expect(home.contains("href=\"tasks/crane-maintenance-log/index.html#question-why\""))
        #expect(home.contains("href=\"metrics/weekly-throughput.csv\""))
        #expect(home.contains("src=\"assets/anchor.svg\""))
        let proposal = SiteTestSupport.read(site + "/proposals/live-berth-plan/index.html").mainContent
        #expect(proposal.contains("href=\"../../index.html\">the vision</a>"))
        let faq = SiteTestSupport.read(site + "/faq/index.html").mainContent
        #expect(faq.contains("href=\"../proposals/live-berth-plan/index.html\""))
        let crane = SiteTestSupport.read(site + "/tasks/crane-maintenance-log/index.html").mainContent
        #expect(crane.contains("href=\"../../faq/index.html\">the FAQ</a>"))
    }

    @Test func embedsAreReplacedAndOtherCodeStays() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        let home = SiteTestSupport.read(site + "/index.html").mainContent
        #expect(!home.contains("language-chart"))
        #expect(!home.contains("language-kpi"))
        #expect(!home.contains("language-savings"))
        #expect(!home.contains("language-tasks"))
        #expect(home.contains("<code class=\"language-swift\">"))
        #expect(home.contains("Waiting time since February"))
        #expect(home.contains("class=\"task-table\""))
        // The two of the kpi embed; the highlight (berth-wait) is one of them, so the template adds no tile (CONTENT.md, "Repeats").
        #expect(home.count(of: "<li class=\"kpi\">") == 2)
        #expect(home.contains("vista-chart-waterfall"))
    }

    @Test func draftsAreLeftOutUnlessAsked() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["proposals/night-shift.md": "---\ntitle: Night shift\nstatus: draft\n---\nLater.\n"])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.draftsLeftOut == ["proposals/night-shift.md"])
        #expect(!FileManager.default.fileExists(atPath: site + "/proposals/night-shift/index.html"))
        #expect(!SiteTestSupport.read(site + "/index.html").contains("Night shift"))
        let (withDrafts, draftSite) = SiteTestSupport.build(content, drafts: true)
        #expect(withDrafts.draftsLeftOut.isEmpty)
        #expect(FileManager.default.fileExists(atPath: draftSite + "/proposals/night-shift/index.html"))
    }

    @Test func everyInternalURLIsRelative() throws {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        for file in SiteTestSupport.files(in: site) where file.hasSuffix(".html") && file != "404.html" {
            let html = SiteTestSupport.read(site + "/" + file)
            for attribute in ["href=\"/", "src=\"/", "href='/", "src='/"] {
                #expect(!html.contains(attribute), "\(file) has a root-absolute URL")
            }
        }
    }

    @Test func fullBaseURLGivesCanonicalAndSitemapURLs() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        let task = SiteTestSupport.read(site + "/tasks/tide-bulletin/index.html")
        #expect(task.contains("<link rel=\"canonical\" href=\"https://intranet.example.com/harbor/tasks/tide-bulletin/\">"))
        #expect(task.contains("<meta property=\"og:url\" content=\"https://intranet.example.com/harbor/tasks/tide-bulletin/\">"))
        let sitemap = SiteTestSupport.read(site + "/sitemap.xml")
        #expect(sitemap.contains("<loc>https://intranet.example.com/harbor/</loc>"))
        #expect(sitemap.contains("<loc>https://intranet.example.com/harbor/metrics/berth-wait/</loc>"))
        #expect(!sitemap.contains("404"))
    }

    @Test func aPortAndAnUnusualPathStayWrittenInFullURLs() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"),
                                              baseURL: "https://intranet.example.com:8443/Vorschläge 2026/")
        let sitemap = SiteTestSupport.read(site + "/sitemap.xml")
        #expect(sitemap.contains("<loc>https://intranet.example.com:8443/Vorschl%C3%A4ge%202026/tasks/</loc>"))
        #expect(!sitemap.contains("%3A"))
        let task = SiteTestSupport.read(site + "/tasks/tide-bulletin/index.html")
        #expect(task.contains("href=\"https://intranet.example.com:8443/Vorschl%C3%A4ge%202026/tasks/tide-bulletin/\""))
    }

    @Test func pathBaseURLGivesNoCanonicalAndPathsInTheSitemap() {
        let (_, site) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"), baseURL: "/ops/review")
        let home = SiteTestSupport.read(site + "/index.html")
        #expect(!home.contains("rel=\"canonical\""))
        #expect(!home.contains("og:url"))
        #expect(SiteTestSupport.read(site + "/sitemap.xml").contains("<loc>/ops/review/tasks/</loc>"))
        #expect(SiteTestSupport.read(site + "/404.html").contains("href=\"/ops/review/assets/vista.css\""))
    }

    @Test func twoBuildsAreByteIdentical() {
        let (_, first) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        let (_, second) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        let files = SiteTestSupport.files(in: first)
        #expect(files == SiteTestSupport.files(in: second))
        for file in files {
            #expect(FileManager.default.contents(atPath: first + "/" + file) == FileManager.default.contents(atPath: second + "/" + file), "\(file) differs")
        }
    }

    /// A proposal with nothing but a title and a categorical metric has no empty lists: no facts, no
    /// tiles, no tasks section; the metric is drawn as bars.
    @Test func aBareProposalHasNoEmptyParts() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "proposals/bare.md": "---\ntitle: Bare\nstatus: proposed\ntasks: []\nmetrics: [cargo-by-terminal]\n---\nText.\n",
        ])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let page = SiteTestSupport.read(site + "/proposals/bare/index.html")
        #expect(!page.contains("<dl class=\"facts\">"))
        #expect(!page.contains("kpi-tiles"))
        #expect(!page.contains("tasks-title"))
        #expect(page.contains("vista-chart vista-chart-bar"))
    }

    /// An alternative without pros or cons shows a dash, not an empty list; alternatives alone answer
    /// "better" without an empty answer box.
    @Test func alternativesWithoutProsOrConsHaveNoEmptyLists() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "tasks/bare.yaml": "title: Bare\nfrequency: monthly\neffort_hours: 1\nquestions:\n  alternatives:\n    - option: Stop\n      pros: [Saves time]\n",
        ])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let page = SiteTestSupport.read(site + "/tasks/bare/index.html")
        #expect(page.contains("<th scope=\"row\">Stop</th><td><ul><li>Saves time</li></ul></td><td><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">none</span></td>"))
        #expect(!page.contains("<ul></ul>"))
        #expect(!page.contains("<div class=\"answer\"></div>"))
    }

    /// A proposed way that costs more (an automation with a licence) says so: 52 weekly runs of 1 h
    /// at £50 cost £2,600 today; half an hour a run and a £5,000 licence cost 52 × 0.5 × 50 + 5,000 =
    /// £6,300, £3,700 (142.3 %, printed +142 %) more, while saving 26 h.
    @Test func aProposedWayThatCostsMoreSaysSo() {
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "tasks/licence.yaml": "title: Licence\nfrequency: weekly\neffort_hours: 1\nrecommendation:\n  action: automate\n  effort_hours: 0.5\n  extra_cost_per_year: 5000\n",
            "proposals/licence.md": "---\ntitle: Licence\nstatus: proposed\ntasks: [licence]\n---\nText.\n",
        ])
        let (report, site) = SiteTestSupport.build(content)
        #expect(report.succeeded)
        let page = SiteTestSupport.read(site + "/proposals/licence/index.html")
        #expect(page.contains("<dt>Extra cost per year</dt><dd>£3,700 <span class=\"headline-pct\">+142\u{00A0}%</span></dd>"))
        #expect(page.contains("the proposed way costs <strong>£6,300</strong> (+142\u{00A0}%), saving 26\u{00A0}h of work a year but costing <strong>£3,700</strong> more, over the task this proposal covers."))
        #expect(page.contains("<td data-label=\"Tasks\">1 task</td>"))
        #expect(!page.contains("Saving per year</dt>"))
    }

    @Test func theOutcomeNamesWhatChangesEitherWay() throws {
        let folder = SiteTestSupport.copy(of: "harbor")
        defer { SiteTestSupport.removeTemporary(folder) }
        let templates = try #require(TemplateSet.load(overrides: [:], fileSystem: ContentFileSystem(root: folder)).0)
        // The headline partial says the outcome between "…(−50 %), " and ", over …".
        func outcome(_ money: Int, _ hours: Int) -> String {
            let outcome = Totals.Outcome(money: "$10", moneySign: money, hours: "2 h", hoursSign: hours, words: SiteWords.english)
            let html = templates.render("headline", Headline(totals: Totals(outcome: outcome), scope: "SCOPE"))
            guard let end = html.range(of: ", over SCOPE."), let start = html[..<end.lowerBound].range(of: "</strong>, ") else { return html }
            return String(html[start.upperBound..<end.lowerBound])
        }
        #expect(outcome(1, 1) == "saving <strong>$10</strong> and 2 h of work a year")
        #expect(outcome(1, 0) == "saving <strong>$10</strong> a year")
        #expect(outcome(1, -1) == "saving <strong>$10</strong> a year but adding 2 h of work")
        #expect(outcome(0, 1) == "saving 2 h of work a year at the same cost")
        #expect(outcome(0, 0) == "saving nothing")
        #expect(outcome(0, -1) == "adding 2 h of work a year at the same cost")
        #expect(outcome(-1, 1) == "saving 2 h of work a year but costing <strong>$10</strong> more")
        #expect(outcome(-1, 0) == "costing <strong>$10</strong> more a year")
        #expect(outcome(-1, -1) == "costing <strong>$10</strong> and 2 h of work more a year")
    }
}
