import VistaContent
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import VistaSite
import VistaSupport

/// `vista serve`: builds the site into a private folder, serves it over HTTP on the loopback
/// interface, rebuilds when the content changes and reloads the open pages. A broken build
/// keeps the last good site and shows its errors in the browser and through `events`.
public final class DevServer: Sendable {
    /// Where and what to serve.
    public struct Configuration: Sendable {
        /// The content folder.
        public var content: String
        /// The folder to build into; nil builds into a new temporary folder, removed at the end.
        public var output: String?
        /// The interface to listen on; the loopback interface unless the user says otherwise.
        public var host: String
        /// The port; 0 takes any free port.
        public var port: Int
        /// Whether draft proposals are built.
        public var includeDrafts: Bool
        /// Whether Ctrl-C (SIGINT) and SIGTERM stop the server; tests stop it with `stop()`.
        public var handlesSignals: Bool
        /// How often the content folder is read for changes.
        public var pollInterval: Duration
        /// Compare with the snapshot at or before this day (`--since`).
        public var since: Period? = nil

        /// The settings of `vista serve` with its command line's defaults: `Content`, a temporary
        /// output folder, `127.0.0.1:8000`, drafts left out, content read for changes every 200 ms.
        public init(content: String = "Content", output: String? = nil, host: String = "127.0.0.1", port: Int = 8000,
                    includeDrafts: Bool = false, handlesSignals: Bool = true, pollInterval: Duration = .milliseconds(200)) {
            self.content = content
            self.output = output
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.handlesSignals = handlesSignals
            self.pollInterval = pollInterval
        }
    }

    /// What the server tells its user.
    public enum Event: Sendable {
        /// A build starts; `changed` lists the content paths that caused it (empty for the first).
        case building(changed: [String])
        /// A build finished, good or broken; `changed` lists the content paths that caused it (empty for the first).
        case built(BuildReport, changed: [String])
        /// The server is listening: its address, and the site's base path when that is not `/`.
        case serving(url: String, basePath: String?)
        /// The server has stopped (Ctrl-C or `stop()`).
        case stopped
    }

    /// Why the server could not run.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case portInUse(host: String, port: Int)
        case cannotListen(host: String, port: Int, reason: String)
        /// The output folder may not be written (it holds other files, or lies inside the content).
        case cannotWrite(String)

        /// The message for the user; for a port in use, it names another port to try.
        public var description: String {
            switch self {
            case .portInUse(let host, let port):
                "port \(port) on \(host) is already in use by another program; choose another port with --port, for example --port \(port == 65535 ? 8001 : port + 1)"
            case .cannotListen(let host, let port, let reason):
                "cannot listen on \(host):\(port): \(reason)"
            case .cannotWrite(let reason):
                reason
            }
        }
    }

    /// Where and what the server serves, fixed when it is made.
    public let configuration: Configuration
    private let events: @Sendable (Event) -> Void
    private let group = Locked<ServiceGroup?>(nil)
    private let stopRequested = Locked(false)

    /// A server that does nothing until `run()`; `events` is called, from any thread, as it builds, serves and stops.
    public init(configuration: Configuration, events: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.events = events
    }

    /// Builds, serves and watches until Ctrl-C or `stop()`. Throws `Failure` when it cannot listen.
    public func run() async throws {
        let configuration = self.configuration
        let temporary = configuration.output == nil ? NSTemporaryDirectory() + "vista-serve-" + UUID().uuidString : nil
        let output = configuration.output ?? temporary! + "/site"
        if let refusal = SiteWriter(output: output, contentRoot: configuration.content).refusal() {
            throw Failure.cannotWrite(refusal)
        }
        if let temporary { try? FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true) }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }

        let state = Locked(ServeState())
        let hub = ReloadHub()
        let options = BuildOptions(content: configuration.content, output: output, includeDrafts: configuration.includeDrafts,
                                   since: configuration.since)
        let rebuilder = SiteRebuilder(options: options, state: state, hub: hub, events: events)
        let snapshot = ContentSnapshot(folder: configuration.content)
        await rebuilder.build(changed: [])

        let logger = Logger(label: "vista.serve") { _ in SwiftLogNoOpLogHandler() }
        let listening = Locked(false)
        let events = self.events
        let host = configuration.host
        let app = Application(
            responder: SiteResponder(root: output, contentFolder: configuration.content, state: state, hub: hub,
                                     allowedHosts: Self.isLoopback(host) ? SiteResponder.loopbackHosts : nil),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                listening.update { $0 = true }
                let port = channel.localAddress?.port ?? configuration.port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                let basePath = state.read().basePath
                events(.serving(url: "http://\(shownHost):\(port)/", basePath: basePath == "/" ? nil : basePath))
            },
            logger: logger
        )
        let loop = RebuildLoop(content: configuration.content, initial: snapshot, rebuilder: rebuilder, hub: hub, interval: configuration.pollInterval)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: loop)],
            gracefulShutdownSignals: configuration.handlesSignals ? [.sigint, .sigterm] : [],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(3)
        let serviceGroup = ServiceGroup(configuration: groupConfiguration)
        group.update { $0 = serviceGroup }
        if stopRequested.read() { return }
        defer { hub.close() }
        do {
            try await serviceGroup.run()
        } catch {
            guard !listening.read() else { throw error }
            if let io = error as? IOError, io.errnoCode == EADDRINUSE {
                throw Failure.portInUse(host: host, port: configuration.port)
            }
            throw Failure.cannotListen(host: host, port: configuration.port, reason: Self.describe(error))
        }
        events(.stopped)
    }

    /// Stops the server as Ctrl-C does: open event streams end, the server stops listening, `run` returns.
    public func stop() async {
        stopRequested.update { $0 = true }
        await group.read()?.triggerGracefulShutdown()
    }

    /// Whether a listening address is this computer's loopback interface.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    private static func describe(_ error: Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
        return "\(error)"
    }
}
