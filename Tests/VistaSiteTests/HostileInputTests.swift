import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Input a fixture folder cannot hold, or that is too big to commit: made at test time. Every
/// case ends in a build that succeeds or fails with the exact diagnostic, never a crash or a hang.
/// The time limit only catches a hang; how fast big input is read is measured by `make bench`, not
/// asserted here, so that a busy machine cannot fail the suite.
@Suite(.timeLimit(.minutes(20))) struct HostileInputTests {
    /// The first line of each diagnostic, as `vista build` prints it for `--content Content`.
    private func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.map { $0.formatted(contentFolder: "Content").components(separatedBy: "\n")[0] }
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Every text file of the harbor and clinic fixtures with a byte-order mark and CRLF line
    /// endings builds into exactly the same site as the original.
    @Test(arguments: ["harbor", "clinic"])
    func byteOrderMarksAndCRLFBuildTheSameSite(_ fixture: String) throws {
        let original = fixture == "harbor" ? SiteTestSupport.fixture("harbor")
            : SiteTestSupport.testsFolder.deletingLastPathComponent().appendingPathComponent("VistaContentTests/Fixtures/clinic").path
        let converted = SiteTestSupport.temporaryFolder() + "/content"
        defer { SiteTestSupport.removeTemporary(converted) }
        try FileManager.default.copyItem(atPath: original, toPath: converted)
        var count = 0
        for file in SiteTestSupport.files(in: converted) where ["yaml", "yml", "md", "csv"].contains((file as NSString).pathExtension) {
            var bytes = [UInt8](FileManager.default.contents(atPath: converted + "/" + file)!)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
            for byte in bytes { if byte == 0x0A { crlf.append(0x0D) }; crlf.append(byte) }
            try Data(crlf).write(to: URL(fileURLWithPath: converted + "/" + file))
            count += 1
        }
        #expect(count >= 8)
        let (before, first) = SiteTestSupport.build(original)
        let (after, second) = SiteTestSupport.build(converted)
        #expect(before.succeeded && after.succeeded, "\(lines(after))")
        #expect(lines(before) == lines(after), "the same warnings at the same lines")
        #expect(SiteTestSupport.files(in: first) == SiteTestSupport.files(in: second))
        for file in SiteTestSupport.files(in: first) {
            #expect(FileManager.default.contents(atPath: first + "/" + file) == FileManager.default.contents(atPath: second + "/" + file), "\(file) differs")
        }
    }

    /// A 50 MB CSV (2.4 million rows) with one bad value on its last line: the exact line and
    /// column, in linear time, and the previous site stays.
    @Test func aFiftyMegabyteCSVWithABadValueOnItsLastLine() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        defer { SiteTestSupport.removeTemporary(content) }
        var csv = "day,containers,trucks\n"
        csv.reserveCapacity(52_000_000)
        var day = 0
        var rows = 0
        while csv.utf8.count < 50_000_000 {
            let (year, month, dayOfMonth) = (1000 + day / 336, day / 28 % 12 + 1, day % 28 + 1)
            csv += "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth),\(rows % 100_000),\(rows % 777)\n"
            day += 1
            rows += 1
        }
        csv += "9999-12-31,12 400,1\n"
        try write(csv, to: content + "/metrics/weekly-throughput.csv")
        let output = SiteTestSupport.temporaryFolder() + "/Site"
        defer { SiteTestSupport.removeTemporary(output) }
        let (report, _) = SiteTestSupport.build(content, output: output)
        #expect(!report.succeeded)
        #expect(lines(report) == ["Content/metrics/weekly-throughput.csv:\(rows + 2):12: error: bad value '12 400' for 'containers': values are plain numbers like 12400 or 4.8"])
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A CSV in the wrong format gives a screenful of diagnostics, not one per row.
    @Test func aMillionBadRowsGiveFiftyDiagnosticsAndACount() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        defer { SiteTestSupport.removeTemporary(content) }
        var csv = "week,containers\n"
        for row in 0..<200_000 { csv += "2026-3-\(row % 28 + 1),\(row)\n" }
        try write(csv, to: content + "/metrics/weekly-throughput.csv")
        let (report, _) = SiteTestSupport.build(content)
        let lines = lines(report)
        #expect(lines.count == 51)
        #expect(lines.first == "Content/metrics/weekly-throughput.csv:2:1: error: bad period: '2026-3-1' is not a period: write 2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-14")
        #expect(lines.last == "Content/metrics/weekly-throughput.csv:52:1: error: 199950 more problems in this file not shown; fix the ones above and build again")
    }

    /// A Markdown page that is one 10 MB line builds; with a broken link at its end, the column is exact.
    @Test func aMarkdownFileThatIsOneTenMegabyteLine() throws {
        let line = String(repeating: "word ", count: 2_000_000)
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["pages/faq.md": "---\ntitle: FAQ\n---\n" + line + "\n"])
        defer { SiteTestSupport.removeTemporary(content) }
        let (report, site) = SiteTestSupport.build(content)
        defer { SiteTestSupport.removeTemporary(site) }
        #expect(report.succeeded, "\(lines(report))")
        #expect((try? FileManager.default.attributesOfItem(atPath: site + "/faq/index.html")[.size] as? Int) ?? 0 > 10_000_000)

        try write("---\ntitle: FAQ\n---\n" + line + "[broken](../tasks/nope.yaml)\n", to: content + "/pages/faq.md")
        let (broken, _) = SiteTestSupport.build(content)
        #expect(lines(broken) == ["Content/pages/faq.md:4:10000001: error: link to a missing content file 'tasks/nope.yaml'"])
    }

    /// Wide data and long documents take linear time: a CSV of 20,000 series, a page of 20,000
    /// headings with the same text (both took minutes before: a search per cell, a count per heading).
    @Test func twentyThousandSeriesAndHeadings() throws {
        let columns = 20_000
        var csv = "week," + (0..<columns).map { "s\($0)" }.joined(separator: ",") + "\n"
        for week in 18...20 { csv += "2026-W\(week)," + (0..<columns).map { "\($0 % 97)" }.joined(separator: ",") + "\n" }
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "metrics/weekly-throughput.csv": csv,
            "pages/faq.md": "---\ntitle: FAQ\n---\n" + String(repeating: "## The same question\n\nAn answer.\n\n", count: 20_000),
        ])
        let (report, site) = SiteTestSupport.build(content)
        defer { SiteTestSupport.removeTemporary(site) }
        #expect(report.succeeded, "\(lines(report))")
        #expect(SiteTestSupport.read(site + "/faq/index.html").contains("<h2 id=\"the-same-question-19999\">"))
    }

    /// 3,000 events on one chart and labels of a megabyte are drawn in well under a second each
    /// (shortening a label measured it once per character removed: 90 s for the events, hours for the label).
    @Test func thousandsOfEventsAndMegabyteLabels() throws {
        let label = String(repeating: "a very long label ", count: 60_000)
        var metric = "title: Wait\nunit: hours\nevents:\n  - {date: 2026-02, label: \"\(label)\"}\n"
        for index in 0..<3_000 { metric += "  - {date: 2026-0\(index % 5 + 1), label: Event number \(index)}\n" }
        metric += "data:\n" + (1...5).map { "  - {month: 2026-0\($0), wait: \($0)}\n" }.joined()
        let content = SiteTestSupport.copy(of: "harbor", replacing: [
            "metrics/berth-wait.yaml": metric,
            "pages/faq.md": "---\ntitle: FAQ\n---\n```chart\nmetric: berth-wait\ntitle: \"\(label)\"\n```\n",
        ])
        let (report, site) = SiteTestSupport.build(content)
        defer { SiteTestSupport.removeTemporary(site) }
        #expect(report.succeeded, "\(lines(report))")
        #expect(SiteTestSupport.read(site + "/metrics/berth-wait/index.html").contains("Event number 2999"))
    }

    /// Markdown nested 20,000 levels deep (block quotes, lists, brackets, emphasis) builds.
    @Test func deeplyNestedMarkdownBuilds() throws {
        let body = String(repeating: "> ", count: 20_000) + "quoted\n\n" + String(repeating: "- ", count: 20_000) + "listed\n\n"
            + String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000) + "\n\n"
            + String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000) + "\n"
        let content = SiteTestSupport.copy(of: "harbor", replacing: ["pages/faq.md": "---\ntitle: FAQ\n---\n" + body])
        defer { SiteTestSupport.removeTemporary(content) }
        let (report, site) = SiteTestSupport.build(content)
        defer { SiteTestSupport.removeTemporary(site) }
        #expect(report.succeeded, "\(lines(report))")
        #expect(SiteTestSupport.read(site + "/faq/index.html").contains("quoted"))
    }

    /// A file nobody may read: the exact diagnostic, or, where permissions do not apply (root), a
    /// build that reads it like any other file. The test asserts whichever holds here.
    @Test func aFileWithoutReadPermission() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        defer { SiteTestSupport.removeTemporary(content) }
        let path = content + "/tasks/tide-bulletin.yaml"
        #expect(chmod(path, 0) == 0)
        defer { chmod(path, 0o644) }
        let descriptor = open(path, O_RDONLY)
        let readable = descriptor >= 0
        if readable { close(descriptor) }
        let (report, site) = SiteTestSupport.build(content)
        defer { SiteTestSupport.removeTemporary(site) }
        if readable {
            #expect(report.succeeded, "\(lines(report))")
            #expect(FileManager.default.fileExists(atPath: site + "/tasks/tide-bulletin/index.html"))
        } else {
            #expect(lines(report) == ["Content/tasks/tide-bulletin.yaml:1:1: error: cannot read tasks/tide-bulletin.yaml: permission denied"])
        }
    }

    /// An output folder inside the content folder is refused, and nothing is written there.
    @Test func anOutputInsideTheContentFolder() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        defer { SiteTestSupport.removeTemporary(content) }
        for output in [content + "/Site", content + "/assets/Site", content] {
            let (report, _) = SiteTestSupport.build(content, output: output)
            #expect(lines(report) == ["Content: error: the site was not written: the output folder \(output) is inside the content folder; choose a folder outside it, like Site"])
        }
        #expect(!FileManager.default.fileExists(atPath: content + "/Site"))
        #expect(!FileManager.default.fileExists(atPath: content + "/assets/Site"))
    }

    /// Two builds of the example content are byte-identical, with and without drafts and a base path.
    @Test func twoBuildsOfTheExampleContentAreByteIdentical() {
        for (drafts, base) in [(false, nil), (true, "/proposals/reporting/")] as [(Bool, String?)] {
            let (firstReport, first) = SiteTestSupport.build(SiteTestSupport.exampleContent, baseURL: base, drafts: drafts)
            let (_, second) = SiteTestSupport.build(SiteTestSupport.exampleContent, baseURL: base, drafts: drafts)
            #expect(firstReport.succeeded)
            let files = SiteTestSupport.files(in: first)
            #expect(files.count > 30)
            #expect(files == SiteTestSupport.files(in: second))
            for file in files {
                #expect(FileManager.default.contents(atPath: first + "/" + file) == FileManager.default.contents(atPath: second + "/" + file), "\(file) differs")
            }
        }
    }
}
