import Foundation
import Testing
@testable import VistaCLI

/// `vista publish` keeps a snapshot of what it published, and the next publish says what changed
/// since: the "Done when" of snapshots, with figures worked out by hand.
@Suite struct PublishSnapshotTests {
    /// Today's snapshot name, as the recorder names it (the local day).
    static var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func since(_ html: String) -> String? {
        guard let start = html.range(of: "<section class=\"since\""), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// A copy of the example content without its history, and a place to publish it.
    static func example() throws -> (content: String, target: String) {
        let folder = CLITestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLITestSupport.exampleContent, toPath: folder + "/Content")
        try FileManager.default.removeItem(atPath: folder + "/Content/history")
        return (folder + "/Content", folder + "/www/reporting")
    }

    static func publish(_ content: String, to target: String, note: String) throws -> Int32 {
        let output = URL(fileURLWithPath: content).deletingLastPathComponent().path + "/Site"
        return CLITestSupport.exitCode(of: try CLITestSupport.parse(["publish", "--to", target, "--content", content, "--output", output,
                                                                     "--note", note, "--quiet"], as: PublishCommand.self))
    }

    @Test(.timeLimit(.minutes(10)))
    func aSecondPublishSaysWhatChangedSinceTheFirst() throws {
        let (content, target) = try Self.example()
        defer { CLITestSupport.removeTemporary(content) }
        #expect(try Self.publish(content, to: target, note: "First look") == 0)
        let first = Self.today
        #expect(FileManager.default.fileExists(atPath: content + "/history/\(first).yaml"))
        #expect(Self.since(CLITestSupport.read(target + "/index.html")) == nil, "nothing to compare the first publish with")

        // The weekly sales report takes 3 hours instead of 4: 52 runs × 1 h × $65 = $3,380 less today,
        // and the same $7,050 the proposed way (it sets its own effort), so the saving falls by $3,380,
        // from $93,340.83 to $89,960.83. November's reporting cost is $5,900: −$210 on $6,110, −3.4 %.
        let task = content + "/tasks/weekly-sales-report.yaml"
        CLITestSupport.write(CLITestSupport.read(task).replacingOccurrences(of: "\neffort_hours: 4\n", with: "\neffort_hours: 3\n"), to: task)
        let metric = content + "/metrics/reporting-cost.yaml"
        CLITestSupport.write(CLITestSupport.read(metric).replacingOccurrences(of: "  - {date: 2026-10, cost: 6110}\n",
                                                                                with: "  - {date: 2026-10, cost: 6110}\n  - {date: 2026-11, cost: 5900}\n"), to: metric)
        #expect(try Self.publish(content, to: target, note: "After the November close") == 0)
        let second = "\(first)-2"
        let snapshot = CLITestSupport.read(content + "/history/\(second).yaml")
        #expect(snapshot.contains("  weekly-sales-report: {current: 28240, proposed: 7050, action: reduce}\n"))
        #expect(snapshot.contains("  reporting-cost: {period: 2026-11, value: 5900, target: 6200, status: met}\n"))
        #expect(snapshot.contains("note: \"After the November close\"\n"))

        let published = try #require(Self.since(CLITestSupport.read(target + "/index.html")))
        #expect(published.contains("Saving per year</span> down $3,380, from $93,341 to <strong>$89,961</strong>"))
        #expect(published.contains("Reporting cost per month</a></span> −\u{2060}$210 (−3.4\u{A0}%): $6,110 (Oct 2026) → <strong>$5,900</strong> (Nov 2026), better"))
        #expect(!published.contains("Analyst hours"), "a metric that did not move")
        let changes = CLITestSupport.read(target + "/changes/index.html")
        #expect(changes.contains("id=\"snapshot-\(second)\"") && changes.contains("id=\"snapshot-\(first)\""))
        #expect(changes.contains("After the November close") && changes.contains("First look"))
        #expect(!changes.contains("Not yet published"))

        // A plain build right after shows the same block as the published site.
        let rebuilt = URL(fileURLWithPath: content).deletingLastPathComponent().path + "/Rebuilt"
        #expect(CLITestSupport.exitCode(of: try CLITestSupport.parse(["build", "--content", content, "--output", rebuilt, "--quiet"], as: BuildCommand.self)) == 0)
        #expect(Self.since(CLITestSupport.read(rebuilt + "/index.html")) == published)
        #expect(Self.since(CLITestSupport.read(rebuilt + "/proposals/reporting-task-force/index.html"))
                == Self.since(CLITestSupport.read(target + "/proposals/reporting-task-force/index.html")))
        // And one since a day before the first snapshot shows none.
        let early = URL(fileURLWithPath: content).deletingLastPathComponent().path + "/Early"
        #expect(CLITestSupport.exitCode(of: try CLITestSupport.parse(["build", "--content", content, "--output", early, "--since", "2020-01-01", "--quiet"], as: BuildCommand.self)) == 0)
        #expect(Self.since(CLITestSupport.read(early + "/index.html")) == nil)
    }

    @Test(.timeLimit(.minutes(10)))
    func aFailedPublishKeepsNoSnapshot() throws {
        let (content, target) = try Self.example()
        defer { CLITestSupport.removeTemporary(content) }
        CLITestSupport.write("title: Broken\nfrequency: weekly\neffort_hours: three\n", to: content + "/tasks/broken.yaml")
        #expect(try Self.publish(content, to: target, note: "never") == 1)
        #expect(!FileManager.default.fileExists(atPath: content + "/history"))
    }

    @Test(.timeLimit(.minutes(10)))
    func snapshotWritesANewFileEachTime() throws {
        let (content, _) = try Self.example()
        defer { CLITestSupport.removeTemporary(content) }
        for _ in 0..<3 {
            #expect(CLITestSupport.exitCode(of: try CLITestSupport.parse(["snapshot", "--content", content, "--quiet"], as: SnapshotCommand.self)) == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: content + "/history").sorted()
        #expect(names == ["\(Self.today)-2.yaml", "\(Self.today)-3.yaml", "\(Self.today).yaml"])
        for bad in ["yesterday", "2026-13-01", "2026-10"] {
            #expect(throws: (any Error).self, "\(bad)") { try CLITestSupport.parse(["build", "--since", bad], as: BuildCommand.self) }
        }
    }
}
