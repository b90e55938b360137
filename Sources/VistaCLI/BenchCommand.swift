import ArgumentParser
import Foundation
import VistaCharts
import VistaContent
import VistaSite

/// `vista bench`: timings that only make sense inside the process, for `make bench` (scripts/bench).
/// Not listed in the help; a benchmark, not a test: it never fails on timing.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time chart rendering and the dev server's rebuilds (for make bench).",
        shouldDisplay: false,
        subcommands: [ChartsBench.self, ServeBench.self]
    )
}

/// The median of some durations, in milliseconds.
private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// `vista bench charts`: `ChartBenchmark.run`, several times; prints the median.
struct ChartsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "charts", abstract: "Render many charts, SVG and data table each.")

    @Option(help: "Charts per run.") var count = 1000
    @Option(help: "Monthly points per series.") var points = 36
    @Option(help: "Runs; the median is printed.") var runs = 5

    func run() throws {
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<max(runs, 1) {
            let result = ChartBenchmark.run(count: count, points: points)
            times.append(milliseconds(result.duration))
            bytes = result.bytes
        }
        let ms = median(times)
        print(String(format: "charts: %d charts of %d points in %.1f ms (median of %d runs): %.0f charts/s, %.1f MB of markup",
                     count, points, ms, times.count, Double(count) / ms * 1000, Double(bytes) / 1e6))
        print(String(format: "bench-result charts-ms %.2f", ms))
    }
}

/// `vista bench serve`: the dev server's rebuild after one-file changes of each kind.
struct ServeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build a content folder as the dev server does, then time rebuilds after one-file changes.",
        discussion: "Edits files of the content folder and puts them back; give it a copy (scripts/bench/generate.py makes one)."
    )

    @Option(help: "The content folder (it is edited and restored).") var content: String
    @Option(help: "The site folder (replaced).") var output: String
    @Option(help: "Rebuilds per kind of change; the median is printed.") var runs = 5
    @Flag(help: "Print the pages each change renders.") var list = false
    @Option(help: "Time only the changes whose name contains this (task, metric, template, …).") var only: String?

    /// One kind of change: which file, and what it becomes.
    struct Change {
        let name: String
        let path: String
        let edit: (String) -> String?
    }

    func run() throws {
        let builder = IncrementalBuilder(options: BuildOptions(content: content, output: output))
        let start = ContinuousClock.now
        let first = builder.build(changed: [])
        guard first.succeeded else {
            for diagnostic in first.diagnostics where diagnostic.isError { print(diagnostic.formatted(contentFolder: content)) }
            throw ExitCode.failure
        }
        print(String(format: "serve: first build of %d pages in %.0f ms", first.pageCount, milliseconds(ContinuousClock.now - start)))
        var results: [(String, Double)] = []
        for change in changes() where only.map(change.name.contains) ?? true {
            let original = try? String(contentsOfFile: content + "/" + change.path, encoding: .utf8)
            var times: [Double] = []
            var pages: [String] = [], written = 0
            for _ in 0..<max(runs, 1) {
                for (step, text) in [change.edit(original ?? ""), original].enumerated() {
                    write(text, to: change.path)
                    let clock = ContinuousClock.now
                    let report = builder.build(changed: [change.path])
                    let ms = milliseconds(ContinuousClock.now - clock)
                    guard report.succeeded else {
                        print("serve: \(change.name): the rebuild failed")
                        for diagnostic in report.diagnostics where diagnostic.isError { print(diagnostic.formatted(contentFolder: content)) }
                        write(original, to: change.path)
                        throw ExitCode.failure
                    }
                    if step == 0 { pages = builder.rendered; written = builder.written.count }
                    times.append(ms)
                }
            }
            let ms = median(times)
            results.append((change.name, ms))
            print(String(format: "serve: %@: %d pages rendered, %d files written, %.1f ms (median of %d, max %.1f)",
                         change.name, pages.count, written, ms, times.count, times.max() ?? 0))
            if list { print("serve: \(change.name) renders \(pages.joined(separator: " "))") }
        }
        let oneFile = results.filter { !$0.0.hasPrefix("template") }.map(\.1).max() ?? 0
        print(String(format: "bench-result serve-max-one-file-ms %.2f", oneFile))
        for (name, ms) in results {
            print(String(format: "bench-result serve-ms %@ %.2f", name.replacingOccurrences(of: " ", with: "-"), ms))
        }
    }

    private func write(_ text: String?, to path: String) {
        let full = content + "/" + path
        if let text {
            try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
        } else {
            try? FileManager.default.removeItem(atPath: full)
        }
    }

    /// The first file (sorted) of a folder with an extension.
    private func first(_ folder: String, _ suffix: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content + "/" + folder)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().first.map { folder + "/" + $0 }
    }

    /// One change of each kind the content folder has: an edit that keeps it valid and is undone after.
    private func changes() -> [Change] {
        var changes: [Change] = []
        /// The text with the first line that starts with `key:` given a new value.
        func replacing(_ key: String, with value: String) -> (String) -> String? {
            { text in
                var lines = text.components(separatedBy: "\n")
                guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return text + "\n" }
                lines[index] = key + ": " + value
                return lines.joined(separator: "\n")
            }
        }
        if let task = first("tasks", ".yaml") { changes.append(Change(name: "task edit", path: task, edit: replacing("effort_hours", with: "7.5"))) }
        if let metric = first("metrics", ".yaml") { changes.append(Change(name: "metric edit", path: metric, edit: replacing("title", with: "Edited metric"))) }
        if let proposal = first("proposals", ".md") { changes.append(Change(name: "proposal edit", path: proposal, edit: replacing("title", with: "Edited proposal"))) }
        if let page = first("pages", ".md") { changes.append(Change(name: "page edit", path: page, edit: { $0 + "\nOne more paragraph.\n" })) }
        changes.append(Change(name: "vision edit", path: "vision.md", edit: { $0 + "\nOne more paragraph.\n" }))
        changes.append(Change(name: "page added", path: "pages/zz-bench-added.md", edit: { _ in "---\ntitle: Added\n---\nA new page.\n" }))
        changes.append(Change(name: "template edit", path: "theme/page.mustache", edit: { _ in
            "<article class=\"prose\">\n  <h1>{{title}}</h1>\n{{{body}}}\n</article>\n"
        }))
        return changes
    }
}
