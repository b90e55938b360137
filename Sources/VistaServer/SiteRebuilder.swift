import VistaContent
import Foundation
import VistaSite
import VistaSupport

/// Builds the site for the server and records the outcome: a good build is served from then on;
/// a broken one keeps the last good site and shows its errors over it. Every build tells the open
/// pages to reload. The first build is whole; later ones re-render only what a change touches
/// (`IncrementalBuilder`).
struct SiteRebuilder: Sendable {
    let options: BuildOptions
    let state: Locked<ServeState>
    let hub: ReloadHub
    let events: @Sendable (DevServer.Event) -> Void
    let builder: IncrementalBuilder

    init(options: BuildOptions, state: Locked<ServeState>, hub: ReloadHub, events: @escaping @Sendable (DevServer.Event) -> Void) {
        self.options = options
        self.state = state
        self.hub = hub
        self.events = events
        builder = IncrementalBuilder(options: options)
    }

    /// Builds on a thread of its own (the build blocks), then publishes the outcome.
    func build(changed: [String]) async {
        let builder = self.builder
        events(.building(changed: changed))
        let report = await Self.onThread { builder.build(changed: changed) }
        let generation = state.update { state -> Int in
            state.generation += 1
            if report.succeeded {
                state.hasSite = true
                state.basePath = report.basePath
                state.presenterNotes = report.presenterNotes
                state.errors = []
            } else {
                state.errors = report.diagnostics.filter(\.isError)
            }
            return state.generation
        }
        hub.publish(.build(generation))
        events(.built(report, changed: changed))
    }

    /// Runs blocking work on a new thread, so that the server's threads keep answering.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
