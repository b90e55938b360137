import Foundation
import Testing
@testable import VistaServer

/// The presenter view of a deck: speaker notes come from the server's memory into that one
/// response, never from or into a file, and only for a deck of the site.
@Suite(.timeLimit(.minutes(2))) struct PresenterViewTests {
    /// The start of the example's note in the "Why now" section (the first `##`) of the task-force proposal.
    static let note = "Start with the 190 hours"

    /// Every file under a folder, as text.
    static func everyFile(in folder: String) -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = ServerTestSupport.read(folder + "/" + path)
            }
        }
        return files
    }

    @Test func notesAreInThePresenterViewOnly() async throws {
        let (folder, content) = ServerTestSupport.exampleContent()
        defer { ServerTestSupport.remove(folder) }
        let output = folder + "/site"
        let server = try await RunningServer.start(content: content, output: output)
        let deck = "/proposals/reporting-task-force/slides/"
        let presenter = try await server.get(deck + "?presenter")
        #expect(presenter.status == 200)
        #expect(presenter.body.contains("<aside class=\"presenter-notes\""))
        // The note is the "Why now" section's, the deck's section 1.
        #expect(presenter.body.contains("<div data-notes-for=\"1\">\n<p>\(Self.note)"))
        #expect(presenter.body.contains("new EventSource"), "the reload script is still added")
        // Under the base path too, with other parameters beside it.
        let based = try await server.get("/proposals/reporting" + deck + "?x=1&presenter")
        #expect(based.body.contains(Self.note))
        for plain in [deck, deck + "?presenters", deck + "?x=presenter", "/proposals/reporting-task-force/?presenter", "/?presenter"] {
            let response = try await server.get(plain)
            #expect(!response.body.contains(Self.note), "\(plain) shows the notes")
            #expect(!response.body.contains("<aside class=\"presenter-notes\""), "\(plain) has a notes panel")
        }
        for (path, text) in Self.everyFile(in: output) {
            #expect(!text.contains(Self.note), "\(path) holds a speaker note")
        }
        try await server.stop()
    }

    @Test func theQueryIsReadAsParameters() {
        #expect(PresenterView.isAsked(in: "/a/?presenter"))
        #expect(PresenterView.isAsked(in: "/a/?a=1&presenter=yes"))
        #expect(!PresenterView.isAsked(in: "/a/"))
        #expect(!PresenterView.isAsked(in: "/a/?notpresenter"))
        #expect(!PresenterView.isAsked(in: "/a/#?presenter"), "a fragment is not a query")
    }

    @Test func notesGoBeforeTheEndOfTheBody() {
        let page = PresenterView.inject([1: "<p>B</p>\n", 0: "<p>A</p>\n"], into: "<html><body><main></main></body></html>")
        #expect(page == "<html><body><main></main><aside class=\"presenter-notes\" aria-label=\"Speaker notes\">\n<div data-notes-for=\"0\">\n<p>A</p>\n</div>\n<div data-notes-for=\"1\">\n<p>B</p>\n</div>\n</aside>\n</body></html>")
    }
}
