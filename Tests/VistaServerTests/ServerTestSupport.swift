#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import VistaServer
import VistaContent
import VistaSupport

/// Temporary folders, the example content, a running server and a raw HTTP client for the server tests.
enum ServerTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "vista-server-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of the example `Content/` in a new temporary folder: `folder/content`.
    static func exampleContent() -> (folder: String, content: String) {
        let folder = temporaryFolder()
        try! FileManager.default.copyItem(atPath: repository.appendingPathComponent("Content").path, toPath: folder + "/content")
        return (folder, folder + "/content")
    }

    /// Removes a test's temporary folder.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func write(_ text: String, to path: String) {
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

/// A dev server running in this process on a free port of 127.0.0.1.
final class RunningServer: Sendable {
    let server: DevServer
    let port: Int
    let events: Locked<[DevServer.Event]>
    private let task: Task<Void, Error>

    private init(server: DevServer, port: Int, events: Locked<[DevServer.Event]>, task: Task<Void, Error>) {
        self.server = server
        self.port = port
        self.events = events
        self.task = task
    }

    /// Starts a server and waits until it listens.
    static func start(content: String, output: String? = nil, host: String = "127.0.0.1") async throws -> RunningServer {
        let events = Locked<[DevServer.Event]>([])
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let server = DevServer(configuration: .init(content: content, output: output, host: host, port: 0, handlesSignals: false,
                                                    pollInterval: .milliseconds(50))) { event in
            events.update { $0.append(event) }
            if case .serving(let url, _) = event, let port = Int(url.split(separator: ":").last!.dropLast()) {
                continuation.yield(port)
            }
        }
        let task = Task {
            defer { continuation.finish() }
            try await server.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw ServerTestError.didNotStart
        }
        return RunningServer(server: server, port: port, events: events, task: task)
    }

    /// Stops the server as Ctrl-C does, and waits until `run` has returned.
    func stop() async throws {
        await server.stop()
        try await task.value
    }

    func get(_ target: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await RawHTTP.request(port: port, method: method, target: target, host: host, headers: headers)
    }

    /// Asks for a page until it satisfies a condition (a rebuild takes a moment); gives the last reply.
    func poll(_ target: String, until condition: (HTTPReply) -> Bool) async throws -> HTTPReply {
        var reply = try await get(target)
        for _ in 0..<300 where !condition(reply) {
            try await Task.sleep(for: .milliseconds(100))
            reply = try await get(target)
        }
        return reply
    }
}

enum ServerTestError: Error { case didNotStart, socket(String) }

/// A reply as it came over the wire.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names in lowercase.
    var headers: [String: String]
    var body: String
}

/// HTTP/1.1 over a plain socket, so that a test sends exactly the bytes it means: `..`, `%2e%2e`,
/// backslashes and NUL reach the server as written, with no client normalising them away.
/// The blocking socket work runs on a thread of its own, off the test's concurrency threads.
enum RawHTTP {
    static func request(port: Int, method: String = "GET", target: String, host: String? = nil,
                        headers: [String: String] = [:]) async throws -> HTTPReply {
        let extra = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let bytes = Array("\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n\(extra)Connection: close\r\n\r\n".utf8)
        let raw = try await exchange(port: port, request: bytes, until: nil)
        return parse(raw)
    }

    /// Sends a request and reads until `needle` appears in the reply (or the server closes).
    static func read(port: Int, target: String, until needle: String) async throws -> String {
        let bytes = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        return try await exchange(port: port, request: bytes, until: needle)
    }

    static func exchange(port: Int, request: [UInt8], until needle: String?) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, request: request, until: needle) })
            }.start()
        }
    }

    private static func blockingExchange(port: Int, request: [UInt8], until needle: String?) throws -> String {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerTestError.socket("socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServerTestError.socket("connect: \(String(cString: strerror(errno)))") }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw ServerTestError.socket("send") }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
            if let needle, String(decoding: received, as: UTF8.self).contains(needle) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    static func parse(_ raw: String) -> HTTPReply {
        guard let split = raw.range(of: "\r\n\r\n") else { return HTTPReply(status: 0, headers: [:], body: raw) }
        let lines = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(raw[split.upperBound...]))
    }
}
