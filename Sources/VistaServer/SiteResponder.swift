import Foundation
import Hummingbird
import ServiceLifecycle
import VistaContent
import VistaSupport

/// Answers requests from the built site: GET and HEAD only, files inside the site only, the right
/// `Content-Type`, no folder listings (a folder serves its `index.html` or is not found), the
/// site's `404.html` for what is not there. HTML pages get the reload script and, while the last
/// build is broken, the error overlay.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The site folder.
    let root: String
    /// The content folder as the user named it, for `file:line` in the overlay.
    let contentFolder: String
    let state: Locked<ServeState>
    let hub: ReloadHub
    /// The host names a request may be addressed to, or nil for any. On the loopback interface only
    /// loopback names are answered, so that a web page elsewhere cannot read the site through a
    /// name of its own that resolves to 127.0.0.1 (DNS rebinding).
    var allowedHosts: Set<String>?

    func respond(to request: Request, context: Context) async throws -> Response {
        if let allowedHosts, let authority = request.head.authority, !allowedHosts.contains(Self.hostName(authority)) {
            return Self.text(.forbidden, "403 Forbidden: this server answers only requests addressed to \(allowedHosts.sorted().joined(separator: ", ")).\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.text(.methodNotAllowed, "405 Method Not Allowed: this server only reads (GET and HEAD).\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        switch answer(request.head.path ?? "/") {
        case .response(let response):
            return request.method == .head ? response.createHeadResponse() : response
        case .file(let path):
            return try await FoundFile.response(path, type: MediaType.of(path), to: request, context: context)
        }
    }

    /// What a request gets: a response made here (pages, with the reload script; redirects; errors),
    /// or a file of the site that is served as it is.
    enum Answer {
        case response(Response)
        case file(String)
    }

    /// The answer to a GET of a request target.
    func answer(_ target: String) -> Answer {
        let path: RequestPath
        switch RequestPath.parse(target) {
        case .failure(.badRequest(let why)): return .response(Self.text(.badRequest, "400 Bad Request: \(why).\n"))
        case .failure(.hidden): return .response(notFound(target, state: state.read()))
        case .success(let parsed): path = parsed
        }
        if path.raw == LiveReload.eventsPath { return .response(events()) }
        let current = state.read()
        guard current.hasSite else {
            let page = ErrorOverlay.page(current.errors, contentFolder: contentFolder, generation: current.generation)
            return .response(Self.bytes(.internalServerError, Array(page.utf8), type: MediaType.of("x.html")))
        }
        switch SiteFiles(root: root, basePath: current.basePath).lookup(path) {
        case .file(let real):
            let type = MediaType.of(real)
            guard type.hasPrefix("text/html") else { return .file(real) }
            guard let bytes = FileManager.default.contents(atPath: real) else { return .response(notFound(target, state: current)) }
            if PresenterView.isAsked(in: target), let notes = PresenterView.notes(for: real, root: root, in: current) {
                let html = PresenterView.inject(notes, into: String(decoding: bytes, as: UTF8.self))
                return .response(page(.ok, Array(html.utf8), type: type, state: current))
            }
            return .response(page(.ok, Array(bytes), type: type, state: current))
        case .redirect(let location):
            let query = target.firstIndex(of: "?").map { String(target[$0...]) } ?? ""
            var response = Self.text(.found, "Moved to \(location)\n")
            response.headers[.location] = location + query
            return .response(response)
        case .notFound:
            return .response(notFound(target, state: current))
        }
    }

    /// The site's 404 page. Its links start from the base path, which this server also serves.
    private func notFound(_ target: String, state: ServeState) -> Response {
        let files = SiteFiles(root: root, basePath: state.basePath)
        guard state.hasSite, let page = files.notFoundPage(), let bytes = FileManager.default.contents(atPath: page) else {
            return Self.text(.notFound, "404 Not Found\n")
        }
        return self.page(.notFound, Array(bytes), type: MediaType.of(page), state: state)
    }

    /// A file's response; HTML gets the script and the overlay.
    private func page(_ status: HTTPResponse.Status, _ bytes: [UInt8], type: String, state: ServeState) -> Response {
        guard type.hasPrefix("text/html") else { return Self.bytes(status, bytes, type: type) }
        let html = LiveReload.inject(into: String(decoding: bytes, as: UTF8.self), generation: state.generation,
                                     errors: state.errors, contentFolder: contentFolder)
        return Self.bytes(status, Array(html.utf8), type: type)
    }

    /// The event stream of a page: the current generation on connect, then each new one.
    private func events() -> Response {
        let hub = self.hub
        let state = self.state
        let body = ResponseBody { writer in
            let (id, stream) = hub.subscribe()
            defer { hub.remove(id) }
            try await withGracefulShutdownHandler {
                try await writer.write(ByteBuffer(string: "retry: 500\nevent: build\ndata: \(state.read().generation)\n\n"))
                for await message in stream {
                    switch message {
                    case .build(let generation): try await writer.write(ByteBuffer(string: "event: build\ndata: \(generation)\n\n"))
                    case .keepAlive: try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    }
                }
            } onGracefulShutdown: {
                hub.remove(id)
            }
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The host of a Host header, without the port, in lowercase: `[::1]:8000` → `[::1]`.
    static func hostName(_ authority: String) -> String {
        let lowered = authority.lowercased()
        if lowered.hasPrefix("["), let end = lowered.firstIndex(of: "]") { return String(lowered[...end]) }
        return String(lowered.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The names of this computer's loopback interface, as a Host header writes them.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        bytes(status, Array(text.utf8), type: "text/plain; charset=utf-8")
    }

    static func bytes(_ status: HTTPResponse.Status, _ bytes: [UInt8], type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
