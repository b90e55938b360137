import ServiceLifecycle

/// Watches the content folder by polling its files' sizes and modification times, and rebuilds
/// after a change once the folder has held still (editors save in several steps). Polling is
/// portable and cheap at the size of a content folder; where the system can say at once that a
/// file changed (`ContentWatcher`, Linux), the loop wakes then instead of at the next poll, and
/// waits for a shorter quiet spell. Ends every event stream when it stops.
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
    /// How long the folder must hold still before a rebuild when the system tells of every change.
    let quiet = 20
    /// How often open pages get a keep-alive.
    let keepAlive: Duration = .seconds(15)

    func run() async throws {
        defer { hub.close() }
        var snapshot = initial
        let watcher = ContentWatcher(folder: content)
        let pollMilliseconds = Int(interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000)
        let quiet = self.quiet
        var lastKeepAlive = ContinuousClock.now
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            var told = false
            if let watcher {
                told = await SiteRebuilder.onThread { watcher.waitForChange(milliseconds: pollMilliseconds, quiet: quiet) }
            } else {
                try? await Task.sleep(for: interval)
            }
            if Task.isCancelled || Task.isShuttingDownGracefully { break }
            if ContinuousClock.now - lastKeepAlive >= keepAlive {
                hub.publish(.keepAlive)
                lastKeepAlive = .now
            }
            var next = ContentSnapshot(folder: content)
            guard next != snapshot else { continue }
            // Told by the system, the folder has already been still for a while; found by polling, wait until it is.
            for _ in 0..<(told ? 0 : 20) {
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
