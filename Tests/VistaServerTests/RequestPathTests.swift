import Foundation
import Testing
@testable import VistaContent
@testable import VistaServer

/// The checks on a request path before it reaches the file system, and the lookup inside the site.
@Suite struct RequestPathTests {
    @Test(arguments: [
        "/../etc/passwd", "/a/../../b", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/%2e/x", "/./x",
        "/a%2fb", "/a%2Fb", "/a%5cb", "/a%5Cb", "/a\\b", "/a%00b", "/a%0", "/a%zz", "/%ff%fe", "x/y", "",
    ])
    func hostilePathsAreBadRequests(_ target: String) {
        guard case .failure(.badRequest) = RequestPath.parse(target) else {
            Issue.record("\(target) was not refused")
            return
        }
    }

    @Test func hiddenNamesAreNotFound() {
        #expect(RequestPath.parse("/.vista-site") == .failure(.hidden))
        #expect(RequestPath.parse("/assets/.git/config") == .failure(.hidden))
    }

    @Test func goodPathsAreDecodedOnce() throws {
        let path = try RequestPath.parse("/tasks/caf%C3%A9%20au%20lait/?q=1#x").get()
        #expect(path.segments == ["tasks", "café au lait"])
        #expect(path.isFolder)
        #expect(path.raw == "/tasks/caf%C3%A9%20au%20lait/")
        let twice = try RequestPath.parse("/%252e%252e/x").get()
        #expect(twice.segments == ["%2e%2e", "x"])
        let root = try RequestPath.parse("/").get()
        #expect(root.segments.isEmpty && root.isFolder)
    }

    @Test func theBasePathIsDroppedOnlyWhenItIsAPrefixOfWholeSegments() throws {
        let path = try RequestPath.parse("/proposals/reporting/tasks/").get()
        #expect(path.dropping(prefix: ["proposals", "reporting"])?.segments == ["tasks"])
        #expect(try RequestPath.parse("/proposals/reporting-task-force/").get().dropping(prefix: ["proposals", "reporting"]) == nil)
    }

    @Test func lookupStaysInsideTheSiteAndServesFolderIndexes() throws {
        let folder = NSTemporaryDirectory() + "vista-lookup-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        try FileManager.default.createDirectory(atPath: site + "/tasks/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: site + "/empty", withIntermediateDirectories: true)
        try Data("home".utf8).write(to: URL(fileURLWithPath: site + "/index.html"))
        try Data("a".utf8).write(to: URL(fileURLWithPath: site + "/tasks/a/index.html"))
        try Data("outside".utf8).write(to: URL(fileURLWithPath: folder + "/outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: site + "/link.txt", withDestinationPath: folder + "/outside.txt")
        let files = SiteFiles(root: site, basePath: "/base/")
        let real = try #require(SiteFiles.realPath(site))
        func lookup(_ target: String) throws -> SiteFiles.Lookup { files.lookup(try RequestPath.parse(target).get()) }
        #expect(try lookup("/") == .file(real + "/index.html"))
        #expect(try lookup("/base/") == .file(real + "/index.html"))
        #expect(try lookup("/base") == .redirect("/base/"))
        #expect(try lookup("/tasks/a") == .redirect("/tasks/a/"))
        #expect(try lookup("/base/tasks/a/") == .file(real + "/tasks/a/index.html"))
        #expect(try lookup("/tasks/a/index.html") == .file(real + "/tasks/a/index.html"))
        #expect(try lookup("/tasks/a/index.html/") == .notFound)
        #expect(try lookup("/empty/") == .notFound)
        #expect(try lookup("/link.txt") == .notFound)
        #expect(try lookup("/missing") == .notFound)
    }

    @Test func mediaTypesByExtension() {
        #expect(MediaType.of("a/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("assets/vista.css") == "text/css; charset=utf-8")
        #expect(MediaType.of("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(MediaType.of("assets/logo.SVG") == "image/svg+xml")
        #expect(MediaType.of("assets/photo.jpeg") == "image/jpeg")
        #expect(MediaType.of("assets/unknown.bin") == "application/octet-stream")
        #expect(MediaType.of("assets/noextension") == "application/octet-stream")
    }

    @Test func theOverlayEscapesEverythingItShows() {
        let diagnostic = Diagnostic.error(SourceLocation(file: "tasks/<x>.yaml", line: 3, column: 5), "bad <script>alert(1)</script>",
                                          hint: "use \"quotes\" & 'apostrophes'")
        let html = ErrorOverlay.html([diagnostic, .warning(SourceLocation(file: "w.yaml"), "a warning")], contentFolder: "Content", hasSite: true)
        #expect(html.contains("Content/tasks/&lt;x&gt;.yaml:3:5"))
        #expect(html.contains("bad &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("use &quot;quotes&quot; &amp; &#39;apostrophes&#39;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("a warning"))
        #expect(html.contains("1 error"))
    }

    @Test func theScriptAndOverlayGoBeforeTheEndOfTheBody() {
        let page = "<html><body><p>x</p></body></html>"
        let injected = LiveReload.inject(into: page, generation: 7, errors: [], contentFolder: "Content")
        #expect(injected.hasPrefix("<html><body><p>x</p><script>"))
        #expect(injected.hasSuffix("</script>\n</body></html>"))
        #expect(injected.contains("var served = 7;"))
    }

    @Test func aSnapshotSeesAddedChangedAndRemovedFiles() throws {
        let folder = NSTemporaryDirectory() + "vista-snapshot-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/tasks", withIntermediateDirectories: true)
        try Data("a".utf8).write(to: URL(fileURLWithPath: folder + "/tasks/a.yaml"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: folder + "/site.yaml"))
        let first = ContentSnapshot(folder: folder)
        #expect(Set(first.files.keys) == ["tasks/a.yaml", "site.yaml"])
        #expect(ContentSnapshot(folder: folder) == first)
        try Data("a longer".utf8).write(to: URL(fileURLWithPath: folder + "/tasks/a.yaml"))
        try Data("c".utf8).write(to: URL(fileURLWithPath: folder + "/tasks/c.yaml"))
        try Data("hidden".utf8).write(to: URL(fileURLWithPath: folder + "/tasks/.a.yaml.swp"))
        try FileManager.default.removeItem(atPath: folder + "/site.yaml")
        #expect(ContentSnapshot(folder: folder).changes(since: first) == ["site.yaml", "tasks/a.yaml", "tasks/c.yaml"])
    }
}
