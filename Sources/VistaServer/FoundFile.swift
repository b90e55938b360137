import Foundation
import Hummingbird
import Logging
import NIOPosix
import VistaSupport

/// One file the site lookup found (`SiteFiles` keeps every request inside the site), served through
/// Hummingbird's `FileMiddleware`: it brings `Content-Length`, `Last-Modified`, an `ETag` with
/// `If-None-Match` (a browser that has the file gets `304 Not Modified`), `If-Modified-Since` and
/// byte ranges. The provider answers every path with the file it was made for, so the middleware
/// never resolves a path of its own.
struct FoundFile: FileProvider {
    /// What the middleware asks of a file. The modification time keeps its nanoseconds, so that a
    /// file rewritten within one second with the same size still gets a new `ETag`.
    struct Attributes: FileMiddlewareFileAttributes, Sendable {
        let isFolder = false
        let size: Int
        let modificationDate: Date
    }

    /// The real path of the file, inside the site.
    let path: String
    /// Loads the bytes, in chunks on NIO's thread pool.
    let loader: LocalFileSystem

    func getFileIdentifier(_ path: String) -> String? { self.path }

    func getAttributes(id: String) async throws -> Attributes? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: id),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return Attributes(size: size, modificationDate: modified)
    }

    func loadFile(id: String, context: some RequestContext) async throws -> ResponseBody {
        try await loader.loadFile(id: id, context: context)
    }

    func loadFile(id: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        try await loader.loadFile(id: id, range: range, context: context)
    }

    /// The loader every found file shares: paths are absolute, so its root is `/`.
    static let sharedLoader = LocalFileSystem(rootFolder: "/", threadPool: .singleton,
                                              logger: Logger(label: "vista.serve.files") { _ in SwiftLogNoOpLogHandler() })

    /// The response to a GET or HEAD of the file at `path`, with `type` as its media type.
    static func response(_ path: String, type: String, to request: Request, context: BasicRequestContext) async throws -> Response {
        // A range that starts past the end is refused here: the middleware would answer it with a
        // negative length.
        if let range = request.headers[.range], let start = firstByte(of: range),
           let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue, start >= size {
            var response = SiteResponder.text(.rangeNotSatisfiable, "416 Range Not Satisfiable: the file has \(size) bytes.\n")
            response.headers[.contentRange] = "bytes */\(size)"
            return response
        }
        // The middleware reads the path only to refuse `..` in it; the lookup already checked it,
        // and a file may be named `notes..v2.pdf`, so it is given a neutral one.
        var head = request.head
        head.path = "/file"
        let middleware = FileMiddleware<BasicRequestContext, FoundFile>(fileProvider: FoundFile(path: path, loader: sharedLoader))
        var response = try await middleware.handle(Request(head: head, body: request.body), context: context) { _, _ in
            throw HTTPError(.notFound)
        }
        response.headers[.contentType] = type
        // The browser keeps the file but asks each time whether it changed: a rebuild shows at once.
        response.headers[.cacheControl] = "no-cache"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    /// The first byte a `Range: bytes=N-…` header asks for.
    static func firstByte(of range: String) -> Int? {
        guard range.hasPrefix("bytes=") else { return nil }
        return Int(range.dropFirst(6).prefix { $0.isNumber })
    }
}
