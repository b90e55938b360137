import Foundation
import Testing
@testable import VistaServer

/// The dev server over real HTTP, on a free port of 127.0.0.1, serving a copy of the example site.
@Suite(.timeLimit(.minutes(2))) struct DevServerTests {
    @Test func servesPagesAndTheStylesheetWithTheirTypes() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let page = try await server.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<title>Half the reports, twice the value"))
        #expect(page.body.contains("new EventSource(\"/__vista/events\")"))
        let css = try await server.get("/assets/vista.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.headers["x-content-type-options"] == "nosniff")
        #expect(!css.body.contains("EventSource"))
        let svg = try await server.get("/assets/logo.svg")
        #expect(svg.headers["content-type"] == "image/svg+xml")
        let csv = try await server.get("/metrics/analyst-hours.csv")
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        try await server.stop()
    }

    /// Files other than pages come through Hummingbird's FileMiddleware: a browser that has the
    /// stylesheet is told it has not changed, a part of a file can be asked for, and a rebuild that
    /// changes a file changes its ETag.
    @Test func filesCarryAnETagAndServeRanges() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let css = try await server.get("/assets/vista.css")
        let tag = try #require(css.headers["etag"])
        #expect(css.headers["cache-control"] == "no-cache")
        #expect(css.headers["content-length"] == String(css.body.utf8.count))
        #expect(css.headers["accept-ranges"] == "bytes")
        let again = try await server.get("/assets/vista.css", headers: ["If-None-Match": tag])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        let part = try await server.get("/assets/vista.css", headers: ["Range": "bytes=0-9"])
        #expect(part.status == 206)
        #expect(part.body == String(css.body.prefix(10)))
        #expect(part.headers["content-range"] == "bytes 0-9/\(css.body.utf8.count)")
        let past = try await server.get("/assets/vista.css", headers: ["Range": "bytes=\(css.body.utf8.count + 5)-"])
        #expect(past.status == 416)
        #expect(past.headers["content-range"] == "bytes */\(css.body.utf8.count)")
        // Pages are made anew for each request (the reload script), never answered with 304.
        let page = try await server.get("/", headers: ["If-None-Match": tag])
        #expect(page.status == 200 && page.headers["etag"] == nil)
        // The same file with other bytes has another tag.
        try FileManager.default.createDirectory(atPath: content + "/theme", withIntermediateDirectories: true)
        ServerTestSupport.write("body { color: black; }\n", to: content + "/theme/vista.css")
        let changed = try await server.poll("/assets/vista.css") { $0.body.hasPrefix("body { color: black; }") }
        #expect(changed.headers["etag"] != nil && changed.headers["etag"] != tag)
        let stale = try await server.get("/assets/vista.css", headers: ["If-None-Match": tag])
        #expect(stale.status == 200)
        try await server.stop()
    }

    @Test func sayWhereItListensOnLoopbackByDefault() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        #expect(DevServer.Configuration(content: content).host == "127.0.0.1")
        let server = try await RunningServer.start(content: content)
        let serving = server.events.read().compactMap { event -> (String, String?)? in
            if case .serving(let url, let basePath) = event { return (url, basePath) }
            return nil
        }
        #expect(serving.count == 1)
        #expect(serving.first?.0 == "http://127.0.0.1:\(server.port)/")
        #expect(serving.first?.1 == "/proposals/reporting/")
        try await server.stop()
    }

    @Test func headGivesTheHeadersWithoutTheBody() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let get = try await server.get("/tasks/")
        let head = try await server.get("/tasks/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.headers["content-type"] == "text/html; charset=utf-8")
        #expect(head.headers["content-length"] == get.headers["content-length"])
        #expect(Int(head.headers["content-length"] ?? "") ?? 0 > 1000)
        #expect(head.body.isEmpty)
        try await server.stop()
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try await server.get("/", method: method)
            #expect(reply.status == 405, "\(method)")
            #expect(reply.headers["allow"] == "GET, HEAD")
        }
        try await server.stop()
    }

    @Test func foldersServeTheirIndexAndNeverAListing() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let bare = try await server.get("/tasks")
        #expect(bare.status == 302)
        #expect(bare.headers["location"] == "/tasks/")
        let index = try await server.get("/tasks/")
        #expect(index.status == 200)
        #expect(index.body.contains("weekly-sales-report/index.html"))
        // At the base path of site.yaml too.
        let base = try await server.get("/proposals/reporting")
        #expect(base.status == 302)
        #expect(base.headers["location"] == "/proposals/reporting/")
        let underBase = try await server.get("/proposals/reporting/tasks/weekly-sales-report/")
        #expect(underBase.status == 200)
        #expect(underBase.body.contains("<h1>Weekly sales report</h1>"))
        // The proposals section is not shadowed by the base path that starts with its name.
        let proposal = try await server.get("/proposals/reporting-task-force/")
        #expect(proposal.status == 200)
        // A folder without index.html is not listed.
        let assets = try await server.get("/assets/")
        #expect(assets.status == 404)
        #expect(assets.body.contains("The page you asked for is not part of this site"))
        #expect(!assets.body.contains("href=\"vista.css\""))
        // A redirect never leads to another host.
        let doubled = try await server.get("//tasks")
        #expect(doubled.headers["location"] == "/tasks/")
        try await server.stop()
    }

    @Test func missingPagesGetTheSites404Page() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let missing = try await server.get("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("The page you asked for is not part of this site"))
        #expect(missing.body.contains("href=\"/proposals/reporting/assets/vista.css\""))
        let underBase = try await server.get("/proposals/reporting/nothing-here")
        #expect(underBase.status == 404)
        #expect(underBase.body.contains("href=\"/proposals/reporting/index.html\""))
        let marker = try await server.get("/.vista-site")
        #expect(marker.status == 404)
        try await server.stop()
    }

    @Test func noRequestReachesAFileOutsideTheSite() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let secret = "secret-\(UUID().uuidString)"
        ServerTestSupport.write(secret, to: folder + "/secret.txt")
        try FileManager.default.createDirectory(atPath: folder + "/outside", withIntermediateDirectories: true)
        ServerTestSupport.write(secret, to: folder + "/outside/secret.txt")
        let output = folder + "/site"
        let server = try await RunningServer.start(content: content, output: output)
        // Links inside the built site that lead outside it.
        try FileManager.default.createSymbolicLink(atPath: output + "/assets/leak.txt", withDestinationPath: folder + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: output + "/assets/leak", withDestinationPath: folder + "/outside")
        try FileManager.default.createSymbolicLink(atPath: output + "/up", withDestinationPath: "..")
        let attempts = [
            "/../secret.txt", "/../../secret.txt", "/assets/../../secret.txt", "/./../secret.txt", "//../secret.txt",
            "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/assets%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/assets\\..\\..\\secret.txt",
            "/%00/../secret.txt", "/secret.txt%00.html", "/..%00/secret.txt", "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
            "/proposals/reporting/../../secret.txt", "/proposals/reporting/%2e%2e/%2e%2e/secret.txt",
            "/assets/leak.txt", "/assets/leak/secret.txt", "/up/secret.txt", "/up/content/site.yaml",
            "/../content/site.yaml", "/%2e%2e/content/site.yaml", "/secret.txt", "/outside/secret.txt",
        ]
        for target in attempts {
            for method in ["GET", "HEAD"] {
                let reply = try await server.get(target, method: method)
                #expect(reply.status == 400 || reply.status == 404, "\(method) \(target) → \(reply.status)")
                #expect(!reply.body.contains(secret), "\(method) \(target) leaked the file")
                #expect(!reply.body.contains("hourly_rate"), "\(method) \(target) leaked the content")
            }
        }
        // The links are followed when they stay inside the site.
        try FileManager.default.createSymbolicLink(atPath: output + "/assets/style.css", withDestinationPath: output + "/assets/vista.css")
        #expect(try await server.get("/assets/style.css").status == 200)
        try await server.stop()
    }

    @Test func anEditedFileIsServedAfterTheRebuild() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let path = content + "/tasks/weekly-sales-report.yaml"
        let before = try await server.get("/tasks/weekly-sales-report/")
        #expect(before.body.contains("<h1>Weekly sales report</h1>"))
        let events = try await RawHTTP.read(port: server.port, target: LiveReload.eventsPath, until: "data: 1\n\n")
        #expect(events.contains("text/event-stream"))
        let original = ServerTestSupport.read(path)
        ServerTestSupport.write(original.replacingOccurrences(of: "title: Weekly sales report", with: "title: Monthly sales review"), to: path)
        // Pages are served with the generation of the build they come from; the stream tells open pages about the new one.
        let after = try await server.poll("/tasks/weekly-sales-report/") { $0.body.contains("var served = 2;") }
        #expect(after.body.contains("<h1>Monthly sales review</h1>"))
        let stream = try await RawHTTP.read(port: server.port, target: LiveReload.eventsPath, until: "data: 2\n\n")
        #expect(stream.contains("event: build\ndata: 2\n\n"))
        let rebuilds = server.events.read().compactMap { event -> [String]? in
            if case .built(let report, let changed) = event, report.succeeded, !changed.isEmpty { return changed }
            return nil
        }
        #expect(rebuilds == [["tasks/weekly-sales-report.yaml"]])
        try await server.stop()
    }

    @Test func brokenContentShowsItsErrorsOverTheLastGoodSite() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        let path = content + "/tasks/weekly-sales-report.yaml"
        let original = ServerTestSupport.read(path)
        ServerTestSupport.write(original.replacingOccurrences(of: "frequency: weekly", with: "frequency: <b>fortnightly</b>"), to: path)
        let broken = try await server.poll("/tasks/weekly-sales-report/") { $0.body.contains("vista-errors") }
        #expect(broken.status == 200)
        #expect(broken.body.contains("id=\"vista-errors\""))
        #expect(broken.body.contains("\(content)/tasks/weekly-sales-report.yaml:3:12"))
        #expect(broken.body.contains("unknown frequency &#39;&lt;b&gt;fortnightly&lt;/b&gt;&#39;"))
        #expect(!broken.body.contains("<b>fortnightly</b>"))
        // The last good site is still there, under the overlay.
        #expect(broken.body.contains("<h1>Weekly sales report</h1>"))
        let css = try await server.get("/assets/vista.css")
        #expect(css.status == 200)
        // The terminal gets the same diagnostics.
        let failed = server.events.read().compactMap { event -> String? in
            if case .built(let report, _) = event, !report.succeeded { return report.diagnostics.first?.formatted(contentFolder: content) }
            return nil
        }
        #expect(failed.first?.hasPrefix("\(content)/tasks/weekly-sales-report.yaml:3:12: error: unknown frequency") == true)
        // Fixing the file brings the site back without the overlay.
        ServerTestSupport.write(original, to: path)
        let fixed = try await server.poll("/tasks/weekly-sales-report/") { !$0.body.contains("vista-errors") }
        #expect(!fixed.body.contains("vista-errors"))
        #expect(fixed.body.contains("<h1>Weekly sales report</h1>"))
        try await server.stop()
    }

    @Test func contentThatNeverBuiltShowsItsErrorsOnEveryPage() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let path = content + "/site.yaml"
        let original = ServerTestSupport.read(path)
        ServerTestSupport.write("title: [unclosed\n", to: path)
        let server = try await RunningServer.start(content: content)
        let page = try await server.get("/tasks/")
        #expect(page.status == 500)
        #expect(page.body.contains("\(content)/site.yaml:"))
        #expect(page.body.contains("EventSource"))
        ServerTestSupport.write(original, to: path)
        let fixed = try await server.poll("/") { $0.status == 200 }
        #expect(fixed.body.contains("<title>Half the reports, twice the value"))
        try await server.stop()
    }

    @Test func themeOverridesAreWatchedToo() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        try FileManager.default.createDirectory(atPath: content + "/theme", withIntermediateDirectories: true)
        ServerTestSupport.write(".watched-theme { color: red; }\n", to: content + "/theme/extra.css")
        let css = try await server.poll("/assets/extra.css") { $0.status == 200 }
        #expect(css.body.contains(".watched-theme"))
        try await server.stop()
    }

    @Test func stoppingEndsOpenEventStreams() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        async let stream = RawHTTP.read(port: server.port, target: LiveReload.eventsPath, until: "never-sent")
        let opened = try await server.poll("/") { _ in true }
        #expect(opened.status == 200)
        try await Task.sleep(for: .milliseconds(200))
        try await server.stop()
        // The stream ends (the server closes it) instead of keeping the server alive.
        let text = try await stream
        #expect(text.contains("event: build"))
        let stopped = server.events.read().contains { if case .stopped = $0 { return true } else { return false } }
        #expect(stopped)
    }

    @Test func onLoopbackOnlyLoopbackNamesAreAnswered() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let server = try await RunningServer.start(content: content)
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "LOCALHOST", "[::1]:\(server.port)"] {
            #expect(try await server.get("/", host: host).status == 200, "\(host)")
        }
        for host in ["evil.example:\(server.port)", "evil.example", "127.0.0.1.evil.example"] {
            let reply = try await server.get("/", host: host)
            #expect(reply.status == 403, "\(host)")
            #expect(!reply.body.contains("<title>"))
        }
        // A request in absolute form is checked like any other.
        let absolute = try await server.get("http://127.0.0.1:\(server.port)/../secret.txt")
        #expect(absolute.status == 400)
        try await server.stop()
    }

    @Test func itNeverBuildsIntoAFolderItDidNotWrite() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: true)
        ServerTestSupport.write("keep me", to: folder + "/mine/notes.txt")
        let server = DevServer(configuration: .init(content: content, output: folder + "/mine", port: 0, handlesSignals: false))
        await #expect(throws: DevServer.Failure.self) { try await server.run() }
        #expect(ServerTestSupport.read(folder + "/mine/notes.txt") == "keep me")
    }

    @Test func aPortInUseIsNamedWithTheWayOut() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let first = try await RunningServer.start(content: content)
        let second = DevServer(configuration: .init(content: content, port: first.port, handlesSignals: false))
        await #expect(throws: DevServer.Failure.portInUse(host: "127.0.0.1", port: first.port)) {
            try await second.run()
        }
        let message = DevServer.Failure.portInUse(host: "127.0.0.1", port: first.port).description
        #expect(message.contains("port \(first.port)"))
        #expect(message.contains("--port"))
        try await first.stop()
    }
}
