import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Cross-site scripting payloads in every text field of the content: the built site has no
/// executable markup in any HTML or SVG page, and every payload still shows, as text.
@Suite struct EscapingTests {
    /// Payloads that break out of text, attributes, titles, comments, CDATA, templates and SVG.
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
        "{{site.title}}{{{content}}}{{#a}}x{{/a}}",
        "]]><script>alert(1)</script><![CDATA[",
        "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
        "' onmouseover='alert(1)' x='",
        "\" onmouseover=\"alert(1)\" x=\"",
        "\u{202E}fdp.exe\u{202C} and \u{200F}rtl",
        "<!-- --> </style><script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt; &#106;avascript:alert(1)",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ]

    /// All payloads in one line, after a marker that says which field this is.
    static func text(_ field: String) -> String { "F-\(field) " + payloads.joined(separator: " ") }

    /// The text as a YAML double-quoted string (JSON is YAML).
    static func yaml(_ field: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text(field)], options: [.withoutEscapingSlashes])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    /// Markdown with the payloads as text, as raw HTML, and as links and images.
    static func markdown(_ field: String) -> String {
        """
        \(text(field))

        <script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="javascript:alert(1)"></iframe>

        [a link](javascript:alert(1)) [b](vbscript:msgbox(1)) ![c](javascript:alert(1)) <javascript:alert(1)>
        [d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [e](JaVaScRiPt:alert(1)) [f](&#106;avascript:alert(1))
        """
    }

    static func content() -> String {
        let y = yaml
        let site = """
        title: \(y("site-title"))
        organization: \(y("organization"))
        author: \(y("author"))
        language: en
        base_url: /harbor/
        currency: GBP
        hourly_rate: 50
        highlights: [berth-wait]
        nav: [proposals, tasks, dashboard, faq]
        theme:
          accent: "#005f99"
          logo: assets/anchor.svg
        """
        let task = """
        title: \(y("task-title"))
        owner: \(y("task-owner"))
        channel: \(y("channel"))
        frequency: weekly
        effort_hours: 2
        recipients: 10
        reading_minutes: 5
        questions:
          why: \(y("why"))
          better: |
        \(markdown("better").split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
          obstacles: \(y("obstacles"))
          where: \(y("where"))
          when: \(y("when"))
          who: \(y("who"))
          alternatives:
            - option: \(y("option"))
              pros: [\(y("pro"))]
              cons: [\(y("con"))]
        recommendation:
          action: reduce
          summary: \(y("recommendation-summary"))
          frequency: monthly
        """
        let metric = """
        title: \(y("metric-title"))
        description: \(y("metric-description"))
        unit: \(y("unit"))
        better: lower
        target: 6
        events:
          - {date: 2026-03, label: \(y("event-label"))}
        data:
          - {month: 2026-01, wait: 11.5, other: 3}
          - {month: 2026-02, wait: 10.0, other: 4}
          - {month: 2026-03, wait: 8.0, other: 5}
        series:
          wait: \(y("series-name"))
        """
        let csvHeader = "\"\(text("csv-first-column").replacingOccurrences(of: "\"", with: "\"\""))\",\"\(text("csv-header").replacingOccurrences(of: "\"", with: "\"\""))\""
        let categories = [text("category-1"), text("category-2")].map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let csv = csvHeader + "\n" + categories[0] + ",5400\n" + categories[1] + ",3100\n"
        let proposal = """
        ---
        title: \(y("proposal-title"))
        summary: \(y("proposal-summary"))
        status: approved
        date: 2026-02-01
        owner: \(y("proposal-owner"))
        sponsor: \(y("sponsor"))
        ask: \(y("ask"))
        tasks: all
        metrics: [berth-wait]
        milestones:
          - {date: 2026-03-01, title: \(y("milestone")), done: true}
        decisions:
          - {date: 2026-02-27, decision: \(y("decision")), by: \(y("decision-by")), note: \(y("decision-note"))}
        ---
        \(markdown("proposal-body"))
        """
        let page = """
        ---
        title: \(y("page-title"))
        summary: \(y("page-summary"))
        nav: true
        ---
        \(markdown("page-body"))

        ```chart
        metric: berth-wait
        title: \(y("chart-title"))
        ```

        ```chart
        metric: cargo-by-terminal
        title: \(y("bar-chart-title"))
        ```

        ```kpi
        metrics: [berth-wait]
        ```

        ```tasks
        tasks: all
        ```

        ```savings
        ```
        """
        let vision = "---\ntitle: \(y("vision-title"))\nsummary: \(y("vision-summary"))\n---\n" + markdown("vision-body") + "\n"
        return SiteTestSupport.copy(of: "harbor", replacing: [
            "site.yaml": site, "tasks/tide-bulletin.yaml": task, "metrics/berth-wait.yaml": metric,
            "metrics/cargo-by-terminal.yaml": "title: \(y("category-metric-title"))\nunit: \(y("category-unit"))\ndata: cargo-by-terminal.csv\n",
            "metrics/cargo-by-terminal.csv": csv, "proposals/live-berth-plan.md": proposal, "pages/faq.md": page, "vision.md": vision,
            "history/2026-05-20.yaml": "date: 2026-05-20\nnote: \(y("snapshot-note"))\n",
        ])
    }

    static let built: (BuildReport, String) = SiteTestSupport.build(content())

    @Test func theSiteBuilds() {
        let (report, _) = Self.built
        #expect(report.succeeded, "\(report.diagnostics.filter(\.isError))")
    }

    @Test func noPageHasExecutableMarkup() throws {
        let (_, site) = Self.built
        let files = SiteTestSupport.files(in: site).filter { ($0.hasSuffix(".html") || $0.hasSuffix(".svg") || $0.hasSuffix(".xml")) && !$0.hasPrefix("assets/") }
        #expect(files.count >= 13)
        // A deck's one script is the built-in template's own, word for word; nothing else may run.
        let template = BuiltInTheme.text(of: "slides.mustache") ?? ""
        let deckScript = template.range(of: "<script>").flatMap { open in
            template.range(of: "</script>", range: open.upperBound..<template.endIndex).map { String(template[open.lowerBound..<$0.upperBound]) }
        } ?? "<script>"
        for file in files {
            var html = SiteTestSupport.read(site + "/" + file)
            if file.hasSuffix("/slides/index.html") {
                #expect(html.components(separatedBy: deckScript).count == 2, "\(file) lacks the deck's script")
                html = html.replacingOccurrences(of: deckScript, with: "")
            }
            let findings = ExecutableMarkupCheck.findings(in: html)
            #expect(findings.isEmpty, "\(file): \(findings.prefix(5).map(\.description).joined(separator: "\n"))")
        }
    }

    /// Each field's marker reaches the site, so the check above saw every field.
    @Test func everyFieldIsShown() {
        let (_, site) = Self.built
        let all = SiteTestSupport.files(in: site).map { SiteTestSupport.read(site + "/" + $0) }.joined(separator: "\n")
        let fields = ["site-title", "organization", "author", "task-title", "task-owner", "channel", "why", "better", "obstacles",
                      "where", "when", "who", "option", "pro", "con", "recommendation-summary", "metric-title", "metric-description",
                      "unit", "event-label", "series-name", "csv-first-column", "csv-header", "category-1", "category-2",
                      "proposal-title", "proposal-summary", "proposal-owner", "sponsor", "ask", "milestone", "proposal-body",
                      "page-title", "page-summary", "page-body", "chart-title", "bar-chart-title", "vision-title", "vision-summary",
                      "vision-body", "category-metric-title", "category-unit", "decision", "decision-by", "decision-note",
                      "snapshot-note"]
        for field in fields { #expect(all.contains("F-\(field) "), "\(field) is not on any page") }
        #expect(all.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "payloads show as text")
    }

    /// The checker finds what it is meant to find.
    @Test func theCheckerFindsExecutableMarkup() {
        let bad = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"jav&#x61;script:alert(1)\">x</a>",
                   "<a href=' javascript:alert(1)'>x</a>", "<svg><foreignObject></foreignObject></svg>", "<svg><script/></svg>",
                   "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<IFRAME SRC=x></IFRAME>",
                   "<div/onclick=alert(1)>x</div>", "<p>]]><![CDATA[</p>"]
        for html in bad { #expect(!ExecutableMarkupCheck.findings(in: html).isEmpty, "\(html)") }
        let good = ["<p>&lt;script&gt;</p>", "<a href=\"https://example.com/javascript:\">x</a>", "<title><script></title>",
                    "<!-- <script> -->", "<svg><g><text>on</text></g></svg><p title=\"onclick\">x</p>"]
        for html in good { #expect(ExecutableMarkupCheck.findings(in: html).isEmpty, "\(html)") }
    }
}
