import VistaContent

/// What the server serves right now: the generation of the last build (it goes up with every
/// build, good or broken, and tells open pages to reload), whether there is a good site to serve,
/// and the errors of the last build when it failed.
struct ServeState: Sendable {
    var generation = 0
    /// The path part of the base URL of the last good build.
    var basePath = "/"
    /// Whether a build ever succeeded, so that there is a site to serve.
    var hasSite = false
    /// The diagnostics of the last build when it failed; empty when it succeeded.
    var errors: [Diagnostic] = []
    /// The speaker notes of the last good build, by deck file, then by section (see `PresenterView`).
    var presenterNotes: [String: [Int: String]] = [:]
}
