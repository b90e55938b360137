import Foundation
import Testing
@testable import VistaCLI

/// `vista export`: one page as one self-contained file; a failed export writes nothing.
@Suite struct ExportCommandTests {
    /// Exports a page of a content folder into a new temporary folder; gives the exit code, the
    /// folder and the file's path.
    static func export(_ page: String, to name: String = "page.html", content: String = CLITestSupport.exampleContent,
                       more: [String] = []) throws -> (code: Int32, folder: String, file: String) {
        let folder = CLITestSupport.temporaryFolder()
        let file = folder + "/" + name
        let command = try CLITestSupport.parse(["export", page, "--to", file, "--content", content, "-q"] + more, as: ExportCommand.self)
        return (CLITestSupport.exitCode(of: command), folder, file)
    }

    /// Every `src`, `href` and CSS `url()` of a file that would load or lead to another file.
    static func references(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\b(src|href)="([^"]*)"|url\(\s*["']?([^"')]*)"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            let group = match.range(at: 2).location != NSNotFound ? 2 : 3
            let value = String(html[Range(match.range(at: group), in: html)!])
            let isSrc = match.range(at: 1).location != NSNotFound && html[Range(match.range(at: 1), in: html)!] == "src"
            if value.hasPrefix("data:") { return nil }
            if !isSrc, group == 2, value.hasPrefix("#") || value.hasPrefix("https://") || value.hasPrefix("http://") || value.hasPrefix("mailto:") {
                return nil
            }
            return value
        }
    }

    @Test func theProposalIsOneFileThatRefersToNoOther() throws {
        let (code, folder, file) = try Self.export("proposals/reporting-task-force")
        defer { CLITestSupport.removeTemporary(folder) }
        #expect(code == 0)
        let html = CLITestSupport.read(file)
        #expect(Self.references(in: html).isEmpty, "\(Self.references(in: html))")
        #expect(!html.contains("rel=\"stylesheet\""))
        #expect(html.contains("<style>\n/* Vista's default theme"))
        #expect(html.contains("/* Vista charts */"))
        #expect(html.contains("<link rel=\"icon\" href=\"data:image/svg+xml;base64,"))
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        // The headline saving, worked out by hand in ExampleSiteTests, and the charts inline.
        #expect(html.contains("$93,341 <span class=\"headline-pct\">"))
        #expect(html.components(separatedBy: "<svg ").count > 10)
        // base_url is a path: links to other pages are plain text; the board pack's link note gives its address.
        #expect(html.contains("the <span>board pack</span><sup class=\"link-note\">1</sup>"))
        #expect(html.contains("<li>/proposals/reporting/tasks/monthly-board-pack/</li>"))
        // Navigation and breadcrumbs lead only to other pages: without a full base URL they are left out.
        #expect(!html.contains("<nav class=\"site-nav\""))
        #expect(!html.contains("<nav class=\"breadcrumbs"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["page.html"])
    }

    @Test func underAFullBaseURLLinksBecomeAbsolute() throws {
        let (code, folder, file) = try Self.export("proposals/reporting-task-force", more: ["--base-url", "https://intranet.example.com/reporting/"])
        defer { CLITestSupport.removeTemporary(folder) }
        #expect(code == 0)
        let html = CLITestSupport.read(file)
        #expect(Self.references(in: html).isEmpty, "\(Self.references(in: html))")
        #expect(html.contains("<a href=\"https://intranet.example.com/reporting/tasks/monthly-board-pack/\">board pack</a>"))
        #expect(html.contains("<a class=\"brand\" href=\"https://intranet.example.com/reporting/\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://intranet.example.com/reporting/proposals/reporting-task-force/\">"))
        #expect(html.contains("<a href=\"https://intranet.example.com/reporting/tasks/index.html\">Tasks</a>") || html.contains("<a href=\"https://intranet.example.com/reporting/tasks/\">Tasks</a>"))
    }

    @Test(arguments: ["/", "tasks/weekly-sales-report", "/tasks/weekly-sales-report/", "proposals/month-end-pack/index.html"])
    func theHomePageAndTaskPagesExportToo(_ page: String) throws {
        let (code, folder, file) = try Self.export(page)
        defer { CLITestSupport.removeTemporary(folder) }
        #expect(code == 0)
        let html = CLITestSupport.read(file)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.references(in: html).isEmpty, "\(page): \(Self.references(in: html))")
    }

    @Test func anUnknownPageWritesNothing() throws {
        let (code, folder, _) = try Self.export("proposals/no-such-thing")
        defer { CLITestSupport.removeTemporary(folder) }
        #expect(code == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        // A draft is not a page of the site unless drafts are built.
        let (draft, draftFolder, _) = try Self.export("proposals/self-service-sales-dashboards")
        defer { CLITestSupport.removeTemporary(draftFolder) }
        #expect(draft == 1)
        let (built, builtFolder, _) = try Self.export("proposals/self-service-sales-dashboards", more: ["--drafts"])
        defer { CLITestSupport.removeTemporary(builtFolder) }
        #expect(built == 0)
    }

    @Test func badContentWritesNothingAndKeepsTheOldFile() throws {
        let content = CLITestSupport.temporaryFolder() + "/Content"
        defer { CLITestSupport.removeTemporary(content) }
        try FileManager.default.copyItem(atPath: CLITestSupport.exampleContent, toPath: content)
        let proposal = content + "/proposals/month-end-pack.md"
        CLITestSupport.write(CLITestSupport.read(proposal).replacingOccurrences(of: "metric: satisfaction", with: "metric: satisfactio"), to: proposal)
        let folder = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(folder) }
        CLITestSupport.write("the old file", to: folder + "/pack.html")
        let command = try CLITestSupport.parse(["export", "proposals/month-end-pack", "--to", folder + "/pack.html", "--content", content, "-q"],
                                               as: ExportCommand.self)
        #expect(CLITestSupport.exitCode(of: command) == 1)
        #expect(CLITestSupport.read(folder + "/pack.html") == "the old file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pack.html"])
    }

    @Test func anExistingFileIsReplacedWholeAndAMissingFolderIsAnError() throws {
        let folder = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(folder) }
        CLITestSupport.write("the old file", to: folder + "/pack.html")
        let command = try CLITestSupport.parse(["export", "proposals/month-end-pack", "--to", folder + "/pack.html",
                                                "--content", CLITestSupport.exampleContent, "-q"], as: ExportCommand.self)
        #expect(CLITestSupport.exitCode(of: command) == 0)
        #expect(CLITestSupport.read(folder + "/pack.html").contains("A faster month-end pack"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pack.html"])
        let missing = try CLITestSupport.parse(["export", "/", "--to", folder + "/no/such/folder/home.html",
                                                "--content", CLITestSupport.exampleContent, "-q"], as: ExportCommand.self)
        #expect(CLITestSupport.exitCode(of: missing) == 1)
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["export", "/", "--to", folder + "/home.txt"], as: ExportCommand.self) }
    }

    @Test func withoutABrowserAPDFIsAClearErrorAndNothingIsWritten() throws {
        let empty = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(empty) }
        #expect(throws: HeadlessChromium.Failure.self) { try HeadlessChromium.find(explicit: nil, searchPath: empty) }
        #expect(throws: HeadlessChromium.Failure.self) { try HeadlessChromium.find(explicit: empty + "/chromium", searchPath: nil) }
        // The command itself, run as a reader runs it, with a PATH that holds no browser.
        let vista = (Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("vista").path) ?? ""
        let binary = FileManager.default.isExecutableFile(atPath: vista) ? vista : CLITestSupport.repository.appendingPathComponent(".build/debug/vista").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "no vista executable at \(binary)")
        let target = empty + "/proposal.pdf"
        let (status, errors) = try Self.run(binary, ["export", "proposals/month-end-pack", "--to", target, "--content", CLITestSupport.exampleContent],
                                            path: empty)
        #expect(status == 1)
        #expect(errors.contains("headless Chromium"), "\(errors)")
        #expect(errors.contains("apt install chromium"), "\(errors)")
        #expect(errors.contains("--to FILE.html"), "\(errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty)
    }

    /// Runs an executable with only `path` on the PATH, for at most 60 seconds; gives its exit status and standard error.
    static func run(_ executable: String, _ arguments: [String], path: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["PATH": path, "HOME": NSTemporaryDirectory()]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
