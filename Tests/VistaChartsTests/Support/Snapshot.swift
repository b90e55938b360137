import Foundation
import Testing

/// Golden files in `Snapshots/` beside the tests; `RECORD_SNAPSHOTS=1` rewrites them.
enum Snapshot {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// Compares `text` with the golden file `name`; a missing golden file fails unless recording.
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try text.write(to: file, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not write \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file Snapshots/\(name); run RECORD_SNAPSHOTS=1 swift test --filter VistaChartsTests",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
