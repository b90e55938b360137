import Foundation
import Testing
@testable import VistaSite
import VistaContent
import VistaTestSupport

/// Fixtures, temporary folders and golden files for the site tests.
enum SiteTestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// A fixture folder under `Tests/VistaSiteTests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// The example content folder at the root of the repository.
    static var exampleContent: String {
        testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content").path
    }

    static let temporary = TemporaryFolders(kind: "site")

    static func temporaryFolder() -> String { temporary.make() }

    /// Removes the temporary folder that holds a path made by `temporaryFolder()`, `copy(of:)` or `build(_:)`.
    static func removeTemporary(_ path: String) { temporary.remove(path) }

    /// A copy of a fixture, with files replaced, added or removed.
    static func copy(of fixture: String, replacing files: [String: String] = [:], removing: [String] = []) -> String {
        let folder = temporaryFolder() + "/content"
        try! FileManager.default.copyItem(atPath: Self.fixture(fixture), toPath: folder)
        for path in removing { try? FileManager.default.removeItem(atPath: folder + "/" + path) }
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// Builds a content folder into a new temporary output folder.
    static func build(_ content: String, output: String? = nil, baseURL: String? = nil, drafts: Bool = false, since: String? = nil) -> (BuildReport, String) {
        let output = output ?? temporaryFolder() + "/Site"
        let report = SiteBuilder(options: BuildOptions(content: content, output: output, baseURL: baseURL, includeDrafts: drafts,
                                                       since: since.map { try! Period.parse($0).get() })).build()
        return (report, output)
    }

    /// A copy of the example content, with files replaced.
    static func copyExample(replacing files: [String: String]) -> String {
        let folder = temporaryFolder() + "/content"
        try! FileManager.default.copyItem(atPath: exampleContent, toPath: folder)
        for (path, text) in files { try! Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + path)) }
        return folder
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Every file under a folder, relative paths, sorted.
    static func files(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Compares text with a golden file in `Snapshots/`; `RECORD_SNAPSHOTS=1` rewrites it.
    /// A missing golden file fails the test.
    static func assertSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        Snapshot.check(text, named: name, in: testsFolder.appendingPathComponent("Snapshots"), sourceLocation: sourceLocation)
    }
}

extension String {
    /// The text between the first `<main` and `</main>`, for assertions about a page's content.
    var mainContent: String {
        guard let start = range(of: "<main"), let end = range(of: "</main>") else { return self }
        return String(self[start.lowerBound..<end.upperBound])
    }

    func count(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
