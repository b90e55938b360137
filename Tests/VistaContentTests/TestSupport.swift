import Foundation
@testable import VistaContent
import VistaTestSupport

/// Paths and helpers shared by the content tests.
enum TestSupport {
    /// The folder of a fixture under `Tests/VistaContentTests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// A new empty temporary folder.
    static let temporary = TemporaryFolders(kind: "content")

    static func temporaryFolder() -> String { temporary.make() }

    /// A copy of a fixture in a temporary folder, with files replaced or added.
    static func copy(of fixture: String, replacing files: [String: String] = [:], removing: [String] = []) -> String {
        let folder = temporaryFolder() + "/content"
        try! FileManager.default.copyItem(atPath: Self.fixture(fixture), toPath: folder)
        for path in removing { try? FileManager.default.removeItem(atPath: folder + "/" + path) }
        for (path, text) in files { write(text, to: folder + "/" + path) }
        return folder
    }

    /// Removes the temporary folder that holds a path made by `temporaryFolder()` or `copy(of:)`.
    static func removeTemporary(_ path: String) { temporary.remove(path) }

    static func write(_ text: String, to path: String) {
        let url = URL(fileURLWithPath: path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    /// Loads a folder and gives the formatted diagnostics (with `Content/` in front of each path).
    static func diagnostics(of folder: String) -> [String] {
        ContentLoader(root: folder).load().diagnostics.map { $0.formatted(contentFolder: "Content") }
    }

    /// A located value for tests that build models by hand.
    static func here(_ file: String = "test.yaml") -> SourceLocation { SourceLocation(file: file) }
}

/// Compares doubles to within a cent.
func close(_ a: Double?, _ b: Double, tolerance: Double = 0.005) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
