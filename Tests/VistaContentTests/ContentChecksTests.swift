import Testing
@testable import VistaContent

/// The editorial warnings of `vista check`: open questions, no recommendation, stale metrics,
/// proposals that save nothing.
@Suite struct ContentChecksTests {
    /// A small content folder with files replaced or added.
    static func folder(_ files: [String: String]) -> String {
        let folder = TestSupport.temporaryFolder() + "/content"
        let base = [
            "site.yaml": "title: Checks\nhourly_rate: 50\n",
            "vision.md": "---\ntitle: Vision\n---\nText.\n",
        ]
        for (path, text) in base.merging(files, uniquingKeysWith: { $1 }) { TestSupport.write(text, to: folder + "/" + path) }
        return folder
    }

    static func checks(_ files: [String: String]) throws -> [String] {
        let result = ContentLoader(root: folder(files)).load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let content = try #require(result.content)
        return ContentChecks(content: content).run().map { $0.formatted(contentFolder: "Content") }
    }

    static let answered = """
    questions:
      why: Because.
      better: Monthly.
      obstacles: None.
      where: Sales.
      when: Monthly.
      who: Sales ops.
    """

    @Test func aCompleteTaskHasNoWarnings() throws {
        let task = "title: T\nfrequency: weekly\neffort_hours: 2\n\(Self.answered)\nrecommendation:\n  action: reduce\n  frequency: monthly\n"
        #expect(try Self.checks(["tasks/t.yaml": task]).isEmpty)
    }

    @Test func openQuestionsAreNamedAtTheQuestionsKey() throws {
        let task = "title: T\nfrequency: weekly\neffort_hours: 2\nquestions:\n  why: Because.\n  alternatives:\n    - option: Stop\nrecommendation:\n  action: keep\n"
        let warnings = try Self.checks(["tasks/t.yaml": task])
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("Content/tasks/t.yaml:4:1: warning: 4 of the six questions are still open: `obstacles`, `where`, `when`, `who`"))
    }

    @Test func aTaskWithoutQuestionsOrRecommendationGetsTwoWarnings() throws {
        let warnings = try Self.checks(["tasks/t.yaml": "title: T\nfrequency: weekly\neffort_hours: 2\n"])
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("6 of the six questions are still open") })
        #expect(warnings.contains { $0.hasPrefix("Content/tasks/t.yaml:1:1: warning: the task has no recommendation") })
    }

    @Test func aMetricMoreThanTwoPeriodsBehindIsStale() throws {
        let fresh = "title: Fresh\ndata:\n  - {date: 2026-05, v: 1}\n  - {date: 2026-06, v: 2}\n"
        let twoBehind = "title: Two\ndata:\n  - {date: 2026-03, v: 1}\n  - {date: 2026-04, v: 2}\n"
        let threeBehind = "title: Three\ndata:\n  - {date: 2026-02, v: 1}\n  - {date: 2026-03, v: 2}\n  - {date: 2026-04, v: }\n"
        let quarterly = "title: Quarterly\ndata:\n  - {date: 2026-Q1, v: 1}\n"
        let categorical = "title: Cat\ndata:\n  - {department: Sales, v: 1}\n"
        let warnings = try Self.checks(["metrics/fresh.yaml": fresh, "metrics/two.yaml": twoBehind, "metrics/three.yaml": threeBehind,
                                        "metrics/quarterly.yaml": quarterly, "metrics/cat.yaml": categorical])
        #expect(warnings == ["Content/metrics/three.yaml:1:1: warning: the latest value is for 2026-03, 3 months behind the other metrics (2026-06): the metric looks stale\n    hint: add the newest data, or check its periods"])
    }

    @Test func periodsOfAGranularityAreCountedByTheDayTheyHold() {
        let day = Period(.day(2026, 6, 30)).firstDay
        #expect(ContentChecks.ordinal(ofDay: day, in: .quarter) == Period(.quarter(2026, 2)).ordinal)
        #expect(ContentChecks.ordinal(ofDay: day, in: .month) == Period(.month(2026, 6)).ordinal)
        #expect(ContentChecks.ordinal(ofDay: day, in: .year) == Period(.year(2026)).ordinal)
        // 2026-06-30 is a Tuesday in ISO week 27.
        #expect(ContentChecks.ordinal(ofDay: day, in: .week) == Period(.week(2026, 27)).ordinal)
        #expect(ContentChecks.ordinal(ofDay: day, in: .day) == day)
    }

    @Test func aProposalWhoseTasksSaveNothingIsNamed() throws {
        let kept = "title: Kept\nfrequency: weekly\neffort_hours: 2\n\(Self.answered)\nrecommendation:\n  action: keep\n"
        let reduced = "title: Reduced\nfrequency: weekly\neffort_hours: 2\n\(Self.answered)\nrecommendation:\n  action: reduce\n  frequency: monthly\n"
        let nothing = "---\ntitle: Nothing\ntasks: [kept]\n---\nBody.\n"
        let something = "---\ntitle: Something\ntasks: [kept, reduced]\n---\nBody.\n"
        let noTasks = "---\ntitle: About people\n---\nBody.\n"
        let warnings = try Self.checks(["tasks/kept.yaml": kept, "tasks/reduced.yaml": reduced, "proposals/nothing.md": nothing,
                                        "proposals/something.md": something, "proposals/people.md": noTasks])
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("Content/proposals/nothing.md:3:9: warning: the proposal's tasks save nothing"))
    }

    @Test func theExampleSiteWarnsOnlyAboutTheTaskItLeftOpen() throws {
        let example = TestSupport.fixture("").components(separatedBy: "/Tests/")[0] + "/Content"
        let content = try #require(ContentLoader(root: example).load().content)
        let warnings = ContentChecks(content: content).run()
        #expect(Set(warnings.map(\.location.file)) == ["tasks/quarterly-forecast.yaml"])
        #expect(warnings.allSatisfy { !$0.isError })
    }
}
