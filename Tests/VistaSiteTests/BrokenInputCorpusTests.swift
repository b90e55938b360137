import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// The corpus of broken content in `Fixtures/broken/`: each case is a good fixture with one file
/// broken. The build must fail without a crash, give exactly the diagnostics in the case's
/// `expected.txt` (all of them, in order: file:line:col, message and hint), and leave the previous
/// site byte for byte as it was.
///
/// `expected.txt` holds directives (`# base: harbor`, `# remove: path`, `# link: path -> target`,
/// `# fifo: path`) and then the diagnostics as `vista build` prints them, a hint on the line after
/// its diagnostic. `# base: empty` starts from an empty content folder, `# base: missing` from none.
/// `RECORD_SNAPSHOTS=1` writes the diagnostics the build gives; review the diff.
@Suite struct BrokenInputCorpusTests {
    static let corpus = SiteTestSupport.testsFolder.appendingPathComponent("Fixtures/broken").path

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.cases.count >= 80)
    }

    @Test(arguments: cases)
    func failsWithExactlyTheExpectedDiagnostics(_ name: String) throws {
        let folder = Self.corpus + "/" + name
        let spec = try Spec(text: String(contentsOfFile: folder + "/expected.txt", encoding: .utf8))
        let content = try prepare(folder, spec: spec)
        let output = SiteTestSupport.temporaryFolder() + "/Site"
        let previous = try previousSite(at: output)

        let report = SiteBuilder(options: BuildOptions(content: content, output: output)).build()
        let lines = report.diagnostics.flatMap { $0.formatted(contentFolder: "Content").components(separatedBy: "\n") }
        defer { SiteTestSupport.removeTemporary(content); SiteTestSupport.removeTemporary(output) }

        #expect(!report.succeeded, "the build of \(name) should fail")
        #expect(!spec.expected.isEmpty, "\(name) expects no diagnostic")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try spec.recorded(with: lines).write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        }
        #expect(lines == spec.expected, "\(name): expected\n  \(spec.expected.joined(separator: "\n  "))\ngot:\n  \(lines.joined(separator: "\n  "))")
        #expect(snapshot(output) == previous, "\(name) changed the previous site")
    }

    /// The case's directives and expected lines.
    struct Spec {
        var base = "harbor"
        var removals: [String] = []
        var links: [(String, String)] = []
        /// Named pipes to make (a file that is not a regular file; a fixture folder cannot hold one).
        var fifos: [String] = []
        var expected: [String] = []
        var directives: [String] = []

        init(text: String) throws {
            for line in text.split(separator: "\n").map(String.init) where !line.isEmpty {
                guard line.hasPrefix("#") else { expected.append(line); continue }
                directives.append(line)
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("base:") { base = body.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                if body.hasPrefix("remove:") { removals.append(body.dropFirst(7).trimmingCharacters(in: .whitespaces)) }
                if body.hasPrefix("fifo:") { fifos.append(body.dropFirst(5).trimmingCharacters(in: .whitespaces)) }
                if body.hasPrefix("link:") {
                    let parts = body.dropFirst(5).components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                    links.append((parts[0], parts[1]))
                }
            }
        }

        /// The file with the directives and the diagnostics a build gave.
        func recorded(with lines: [String]) -> String {
            (directives + lines).joined(separator: "\n") + "\n"
        }
    }

    /// The base fixture with the case's files laid over it.
    private func prepare(_ folder: String, spec: Spec) throws -> String {
        let fileManager = FileManager.default
        if spec.base == "missing" { return SiteTestSupport.temporaryFolder() + "/no-content-here" }
        if spec.base == "empty" {
            let content = SiteTestSupport.temporaryFolder() + "/content"
            try fileManager.createDirectory(atPath: content, withIntermediateDirectories: true)
            return content
        }
        let testsRoot = SiteTestSupport.testsFolder.deletingLastPathComponent()
        let base = [testsRoot.appendingPathComponent("VistaSiteTests/Fixtures/\(spec.base)").path,
                    testsRoot.appendingPathComponent("VistaContentTests/Fixtures/\(spec.base)").path]
            .first { fileManager.fileExists(atPath: $0) }!
        let content = SiteTestSupport.temporaryFolder() + "/content"
        try fileManager.copyItem(atPath: base, toPath: content)
        for path in spec.removals { try fileManager.removeItem(atPath: content + "/" + path) }
        let overlay = fileManager.enumerator(atPath: folder)
        while let path = overlay?.nextObject() as? String {
            guard path != "expected.txt", !path.hasSuffix(".gitkeep") else { continue }
            let source = folder + "/" + path, target = content + "/" + path
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: source, isDirectory: &isFolder)
            if isFolder.boolValue {
                try fileManager.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                try? fileManager.removeItem(atPath: target)
                try fileManager.copyItem(atPath: source, toPath: target)
            }
        }
        for path in spec.fifos {
            try? fileManager.removeItem(atPath: content + "/" + path)
            guard mkfifo(content + "/" + path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
        for (path, destination) in spec.links {
            try? fileManager.removeItem(atPath: content + "/" + path)
            try fileManager.createSymbolicLink(atPath: content + "/" + path, withDestinationPath: destination)
        }
        return content
    }

    /// A site that an earlier build wrote, to check that a failed build leaves it alone.
    private func previousSite(at output: String) throws -> [String: Data] {
        try FileManager.default.createDirectory(atPath: output + "/tasks", withIntermediateDirectories: true)
        try Data("Vista".utf8).write(to: URL(fileURLWithPath: output + "/.vista-site"))
        try Data("<!DOCTYPE html><title>Before</title>".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
        try Data("<!DOCTYPE html><title>A task</title>".utf8).write(to: URL(fileURLWithPath: output + "/tasks/index.html"))
        return snapshot(output)
    }

    private func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in SiteTestSupport.files(in: folder) { result[file] = FileManager.default.contents(atPath: folder + "/" + file) }
        return result
    }
}
