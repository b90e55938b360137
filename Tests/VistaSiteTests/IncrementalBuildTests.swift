import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// The dev server's rebuilds: after a change, an incremental rebuild leaves exactly the files (and
/// reports exactly the diagnostics) of a whole build of the changed content, and re-renders only
/// the pages the change touches.
@Suite struct IncrementalBuildTests {
    /// A change to a content folder: the files it writes (nil removes) and the paths it names.
    struct Edit: CustomStringConvertible {
        var name: String
        var files: [String: String?]
        var description: String { name }
    }

    // MARK: Fixtures and edits

    static let example = SiteTestSupport.exampleContent
    static let harbor = SiteTestSupport.fixture("harbor")

    /// A copy of a content folder in a new temporary folder.
    static func copy(_ folder: String) -> String {
        let target = SiteTestSupport.temporaryFolder() + "/content"
        try! FileManager.default.copyItem(atPath: folder, toPath: target)
        return target
    }

    static func read(_ folder: String, _ path: String) -> String {
        SiteTestSupport.read(folder + "/" + path)
    }

    static func apply(_ edit: Edit, to folder: String) {
        for (path, text) in edit.files {
            let full = folder + "/" + path
            if let text {
                try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try! Data(text.utf8).write(to: URL(fileURLWithPath: full))
            } else {
                try? FileManager.default.removeItem(atPath: full)
            }
        }
    }

    /// The text with its first `title:` line's value changed.
    static func retitled(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("title:") }) {
            lines[index] = "title: Edited " + lines[index].dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return lines.joined(separator: "\n")
    }

    /// The text with its last number one larger (a figure, a data point, a count).
    static func nudged(_ text: String) -> String {
        guard let range = text.range(of: "[0-9]+(\\.[0-9]+)?", options: [.regularExpression, .backwards]),
              let value = Double(text[range]) else { return text + "\n" }
        let next = value + 1
        return text.replacingCharacters(in: range, with: next == next.rounded() ? String(Int(next)) : String(next))
    }

    /// Edits of every kind for every file of a content folder.
    static func edits(of folder: String) -> [Edit] {
        let files = SiteTestSupport.files(in: folder)
        var edits: [Edit] = []
        for path in files {
            let text = read(folder, path)
            let name = (path as NSString).lastPathComponent
            let id = (name as NSString).deletingPathExtension
            let isItem = Dependency.ContentKind(path: path) != nil
            if path.hasSuffix(".yaml") || path.hasSuffix(".md") {
                edits.append(Edit(name: "retitle \(path)", files: [path: retitled(text)]))
            }
            if path.hasSuffix(".yaml") || path.hasSuffix(".csv") {
                edits.append(Edit(name: "nudge \(path)", files: [path: nudged(text)]))
            }
            if path.hasSuffix(".md") {
                edits.append(Edit(name: "body of \(path)", files: [path: text + "\nAnother paragraph, see [the tasks](tasks/daily-berth-report.yaml).\n"]))
            }
            if isItem || path.hasPrefix("assets/") || path.hasSuffix(".csv") {
                edits.append(Edit(name: "remove \(path)", files: [path: nil]))
            }
            if path.hasPrefix("proposals/") {
                let status = text.range(of: "status: draft") == nil ? "status: draft" : "status: proposed"
                let toggled = text.replacingOccurrences(of: "status: [a-z-]+", with: status, options: .regularExpression)
                edits.append(Edit(name: "\(status) for \(path)", files: [path: toggled]))
            }
            if isItem {
                let copy = path.replacingOccurrences(of: id + ".", with: id + "-copy.")
                edits.append(Edit(name: "add \(copy)", files: [copy: retitled(text)]))
            }
        }
        edits.append(Edit(name: "add a theme template", files: ["theme/page.mustache": "<article>{{title}}{{{body}}}</article>\n"]))
        edits.append(Edit(name: "add a theme stylesheet", files: ["theme/custom.css": "body { margin: 0; }\n"]))
        edits.append(Edit(name: "add the site's own words", files: ["i18n/en.yaml": "nav:\n  tasks: Jobs\nheadline:\n  cost_today: Cost now\n"]))
        edits.append(Edit(name: "add an asset", files: ["assets/new.txt": "new\n"]))
        edits.append(Edit(name: "add a page in the navigation", files: ["pages/new-page.md": "---\ntitle: New page\nnav: true\n---\nText.\n"]))
        edits.append(Edit(name: "add a misplaced file", files: ["tasks/notes.txt": "notes\n"]))
        edits.append(Edit(name: "add a snapshot", files: ["history/2026-05-30.yaml": "date: 2026-05-30\nnote: \"Later\"\n"]))
        if let snapshot = files.first(where: { $0.hasPrefix("history/") }) {
            edits.append(Edit(name: "remove \(snapshot)", files: [snapshot: nil]))
        }
        edits.append(Edit(name: "add an asset named like the stylesheet", files: ["assets/vista.css": "a {}\n"]))
        edits.append(Edit(name: "break a task", files: [files.first { $0.hasPrefix("tasks/") }!: "title: [unclosed\n"]))
        return edits
    }

    // MARK: Incremental = whole

    /// Builds `folder` whole with an incremental builder, applies each edit in turn (each followed
    /// by an incremental rebuild), and compares every rebuild with a whole build of the same content.
    static func check(_ fixture: String, _ sequence: [Edit]) throws {
        let content = copy(fixture)
        let output = SiteTestSupport.temporaryFolder() + "/Site"
        let builder = IncrementalBuilder(options: BuildOptions(content: content, output: output))
        let first = builder.build(changed: [])
        #expect(first.succeeded, "\(first.diagnostics)")
        var lastGood = snapshot(output)
        for edit in sequence {
            apply(edit, to: content)
            let report = builder.build(changed: Array(edit.files.keys))
            let wholeOutput = SiteTestSupport.temporaryFolder() + "/Site"
            let whole = SiteBuilder(options: BuildOptions(content: content, output: wholeOutput)).build()
            #expect(report.succeeded == whole.succeeded, "\(edit)")
            #expect(report.diagnostics.map(\.description).sorted() == whole.diagnostics.map(\.description).sorted(), "\(edit)")
            #expect(report.checks.map(\.description) == whole.checks.map(\.description), "\(edit)")
            #expect(report.files == whole.files, "\(edit)")
            if whole.succeeded {
                let mine = snapshot(output), theirs = snapshot(wholeOutput)
                #expect(mine.keys.sorted() == theirs.keys.sorted(), "\(edit)")
                for (path, bytes) in theirs where mine[path] != bytes {
                    Issue.record("\(edit): \(path) differs from a whole build")
                }
                lastGood = mine
            } else {
                #expect(snapshot(output) == lastGood, "\(edit): a failed rebuild left the site as it was")
            }
        }
    }

    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in SiteTestSupport.files(in: folder) { result[file] = FileManager.default.contents(atPath: folder + "/" + file) }
        return result
    }

    @Test(arguments: edits(of: harbor))
    func harborEditMatchesAWholeBuild(_ edit: Edit) throws {
        try Self.check(Self.harbor, [edit])
    }

    @Test(arguments: edits(of: example))
    func exampleEditMatchesAWholeBuild(_ edit: Edit) throws {
        try Self.check(Self.example, [edit])
    }

    @Test func aSeriesOfEditsWithABrokenBuildInBetween() throws {
        let task = "tasks/weekly-sales-report.yaml", metric = "metrics/analyst-hours.csv"
        let taskText = Self.read(Self.example, task), metricText = Self.read(Self.example, metric)
        try Self.check(Self.example, [
            Edit(name: "retitle the task", files: [task: Self.retitled(taskText)]),
            Edit(name: "break the task", files: [task: "title: [unclosed\n"]),
            Edit(name: "change a CSV while the task is broken", files: [metric: Self.nudged(metricText)]),
            Edit(name: "mend the task", files: [task: Self.retitled(Self.retitled(taskText))]),
            Edit(name: "remove a page", files: ["pages/method.md": nil]),
            Edit(name: "add it back", files: ["pages/method.md": Self.read(Self.example, "pages/method.md")]),
            Edit(name: "a new month of data moves every footer", files: [metric: metricText + "2026-11,150,70\n"]),
        ])
    }

    // MARK: What a change re-renders

    /// The pages an incremental rebuild renders after one edit to the example site.
    /// `before` is applied before the first build.
    static func rendered(after edit: Edit, before: [Edit] = []) -> [String] {
        let content = copy(example)
        for earlier in before { apply(earlier, to: content) }
        let builder = IncrementalBuilder(options: BuildOptions(content: content, output: SiteTestSupport.temporaryFolder() + "/Site"))
        let first = builder.build(changed: [])
        #expect(first.succeeded)
        apply(edit, to: content)
        let report = builder.build(changed: Array(edit.files.keys))
        #expect(report.succeeded, "\(report.diagnostics)")
        return builder.rendered
    }

    @Test func aTaskTouchesItsPageTheIndexTheHeadlineAndItsProposals() {
        let task = "tasks/monthly-expense-variance.yaml"
        let pages = Self.rendered(after: Edit(name: "", files: [task: Self.retitled(Self.read(Self.example, task))]))
        // month-end-pack lists the task, and the task-force proposal covers every task (their decks show
        // the figures too); the changes page compares every task with the latest snapshot.
        #expect(pages == ["changes/index.html", "index.html", "proposals/index.html", "proposals/month-end-pack/index.html",
                          "proposals/month-end-pack/slides/index.html", "proposals/reporting-task-force/index.html",
                          "proposals/reporting-task-force/slides/index.html", "tasks/index.html",
                          "tasks/monthly-expense-variance/index.html"])
    }

    @Test func aTaskLeavesTheProposalsThatDoNotCoverIt() {
        // The proposals' "since" blocks compare only their own tasks: month-end-pack does not cover
        // this task, so neither its page nor its deck is rendered again. (The example's figures
        // equal its latest snapshot; the edit before the first build makes them differ, so that
        // the edit measured does not move the "since" window.)
        let task = "tasks/weekly-sales-report.yaml"
        let once = Self.nudged(Self.read(Self.example, task))
        let pages = Self.rendered(after: Edit(name: "", files: [task: Self.nudged(once)]), before: [Edit(name: "", files: [task: once])])
        #expect(pages.contains("proposals/reporting-task-force/index.html"), "it covers every task")
        #expect(!pages.contains { $0.hasPrefix("proposals/self-service-sales-dashboards/") }, "a draft has no page")
        #expect(!pages.contains { $0.hasPrefix("proposals/month-end-pack/") })
    }

    @Test func aChangeThatMovesTheSinceWindowRendersWhatShowsIt() throws {
        // A month-end-pack task changes, then a snapshot of the figures is taken: the "since" blocks
        // compare the snapshot before it with it, and month-end-pack's shows its task's change.
        // Editing a task outside month-end-pack makes the figures differ again, so every block now
        // compares the new snapshot with today: month-end-pack's has nothing left to show, though
        // none of its items changed.
        let content = Self.copy(Self.example)
        let covered = "tasks/monthly-expense-variance.yaml"
        Self.apply(Edit(name: "", files: [covered: Self.nudged(Self.read(content, covered))]), to: content)
        let recorded = SnapshotRecorder(content: content).record(note: "Up to date", now: Date(timeIntervalSince1970: 1_796_126_400),
                                                                 timeZone: TimeZone(identifier: "UTC")!)
        #expect(recorded.file == "history/2026-12-01.yaml", "\(recorded.diagnostics)")
        let task = "tasks/weekly-sales-report.yaml"
        try Self.check(content, [Edit(name: "nudge \(task)", files: [task: Self.nudged(Self.read(content, task))])])
    }

    @Test func aMetricTouchesItsPageTheDashboardAndWhereItIsShown() {
        let metric = "metrics/satisfaction.yaml"
        let pages = Self.rendered(after: Edit(name: "", files: [metric: Self.retitled(Self.read(Self.example, metric))]))
        #expect(pages.contains("metrics/satisfaction/index.html"))
        #expect(pages.contains("dashboard/index.html"))
        #expect(pages.contains("index.html"), "highlighted on the home page")
        #expect(pages.contains("proposals/month-end-pack/index.html"), "tracked by the proposal")
        #expect(!pages.contains { $0.hasPrefix("tasks/") })
        #expect(!pages.contains("metrics/reporting-cost/index.html"))
    }

    @Test func aPageBodyTouchesOnlyThatPage() {
        let page = "pages/method.md"
        let pages = Self.rendered(after: Edit(name: "", files: [page: Self.read(Self.example, page) + "\nOne more line.\n"]))
        #expect(pages == ["method/index.html"])
    }

    @Test func aTemplateTouchesEveryPage() {
        let pages = Self.rendered(after: Edit(name: "", files: ["theme/page.mustache": "<article>{{title}}</article>\n"]))
        #expect(pages.count == 28)
        #expect(pages.contains("404.html") && pages.contains("tasks/weekly-sales-report/index.html"))
    }

    @Test func aNewTaskTouchesWhatListsAllTasks() {
        let pages = Self.rendered(after: Edit(name: "", files: ["tasks/new-task.yaml": "title: New task\nfrequency: weekly\neffort_hours: 1\n"]))
        #expect(pages.contains("tasks/new-task/index.html"))
        #expect(pages.contains("tasks/index.html") && pages.contains("index.html"))
        #expect(!pages.contains("tasks/weekly-sales-report/index.html"))
        #expect(!pages.contains { $0.hasPrefix("metrics/") })
    }

    @Test func theFirstEditAfterASnapshotRendersEveryProposal() {
        // The example's figures equal its latest snapshot, so its "since" blocks compare the two
        // snapshots before. A changed figure makes them compare the latest snapshot with today:
        // every block changes, month-end-pack's too, though it does not cover this task.
        let task = "tasks/weekly-sales-report.yaml"
        let pages = Self.rendered(after: Edit(name: "", files: [task: Self.nudged(Self.read(Self.example, task))]))
        #expect(pages.contains("proposals/month-end-pack/index.html"))
        #expect(!pages.contains { $0.hasPrefix("metrics/") })
    }

    @Test func aChangedLinkTargetTouchesThePagesThatLinkIt() {
        // about.md links the method page; removing the method page breaks that link, adding it back mends it.
        let content = Self.copy(Self.example)
        let builder = IncrementalBuilder(options: BuildOptions(content: content, output: SiteTestSupport.temporaryFolder() + "/Site"))
        #expect(builder.build(changed: []).succeeded)
        let linking = SiteTestSupport.files(in: content).filter { Self.read(content, $0).contains("method.md") }
        #expect(!linking.isEmpty)
        let method = Self.read(content, "pages/method.md")
        Self.apply(Edit(name: "", files: ["pages/method.md": nil]), to: content)
        let broken = builder.build(changed: ["pages/method.md"])
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.message.contains("missing content file 'pages/method.md'") })
        Self.apply(Edit(name: "", files: ["pages/method.md": method]), to: content)
        #expect(builder.build(changed: ["pages/method.md"]).succeeded)
        #expect(builder.written.isEmpty, "the site is as it was before the link broke")
    }

    @Test func aSecondRebuildWithoutChangesWritesNothing() {
        let content = Self.copy(Self.harbor)
        let builder = IncrementalBuilder(options: BuildOptions(content: content, output: SiteTestSupport.temporaryFolder() + "/Site"))
        #expect(builder.build(changed: []).succeeded)
        #expect(builder.build(changed: []).succeeded)
        #expect(builder.written.isEmpty)
        #expect(builder.rendered.isEmpty)
    }
}
