import ServiceLifecycle

/// Watches the content folder by polling its files' sizes and modification times, and rebuilds
/// after a change once the folder has held still (editors save in several steps). Polling is
/// portable and cheap at the size of a content folder. Ends every event stream when it stops.
struct RebuildLoop: Service {
    let content: String
    /// The folder as it was read before the first build, so that no change after it is missed.
    let initial: ContentSnapshot
    let rebuilder: SiteRebuilder
    let hub: ReloadHub
    /// How often the folder is read.
    let interval: Duration
    /// How long the folder must hold still before a rebuild.
    let settle: Duration = .milliseconds(50)
    /// How often open pages get a keep-alive.
    let keepAlive: Duration = .seconds(15)

    func run() async throws {
        defer { hub.close() }
        var snapshot = initial
        var sinceKeepAlive: Duration = .zero
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            if Task.isCancelled || Task.isShuttingDownGracefully { break }
            sinceKeepAlive += interval
            if sinceKeepAlive >= keepAlive {
                hub.publish(.keepAlive)
                sinceKeepAlive = .zero
            }
            var next = ContentSnapshot(folder: content)
            guard next != snapshot else { continue }
            for _ in 0..<20 {
                try? await Task.sleep(for: settle)
                let again = ContentSnapshot(folder: content)
                if again == next { break }
                next = again
            }
            let changed = next.changes(since: snapshot)
            snapshot = next
            await rebuilder.build(changed: changed)
        }
    }
}
