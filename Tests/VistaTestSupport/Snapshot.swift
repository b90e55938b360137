import Foundation
import Testing

/// Golden files: text a test makes, compared with a file in a `Snapshots/` folder beside the tests.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites them (review the diff); a missing golden file fails.
public enum Snapshot {
    /// Whether this run rewrites golden files instead of comparing with them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The `Snapshots/` folder of the test target whose source file is `file` (pass `#filePath`).
    public static func folder(beside file: String, levelsUp: Int = 1) -> URL {
        var url = URL(fileURLWithPath: file)
        for _ in 0..<levelsUp { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Snapshots")
    }

    /// Compares `text` with the golden file `name` in `folder`; names the first line that differs.
    public static func check(_ text: String, named name: String, in folder: URL,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                Issue.record("could not write Snapshots/\(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file Snapshots/\(name); run RECORD_SNAPSHOTS=1 swift test and review the diff",
                         sourceLocation: sourceLocation)
            return
        }
        guard golden != text else { return }
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(goldenLines, lines)).firstIndex { $0 != $1 } ?? min(goldenLines.count, lines.count)
        let expected = first < goldenLines.count ? String(goldenLines[first]) : "<end>"
        let actual = first < lines.count ? String(lines[first]) : "<end>"
        Issue.record("Snapshots/\(name) differs at line \(first + 1):\n  golden: \(expected)\n  actual: \(actual)\nRun RECORD_SNAPSHOTS=1 swift test and review the diff.",
                     sourceLocation: sourceLocation)
    }

    /// Markup with every element on a line of its own, so that a golden file of an SVG reads in a
    /// diff: a line break goes before each `<` that starts a tag, except inside text.
    public static func oneElementPerLine(_ markup: String) -> String {
        var out = ""
        out.reserveCapacity(markup.utf8.count + markup.utf8.count / 8)
        var previous: Character = "\n"
        for character in markup {
            if character == "<", previous == ">" { out.append("\n") }
            out.append(character)
            previous = character
        }
        return out
    }
}
