import ArgumentParser
import VistaContent
import VistaSite

/// The options that say what to build, shared by `build` and `publish`.
struct BuildArguments: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "The site folder to write. Vista replaces only folders it created.")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "Where the site will be served: a path like /proposals/q3/ or a full URL. Overrides base_url in site.yaml.")
    var baseURL: String?

    @Flag(name: .long, help: "Include draft proposals.")
    var drafts = false

    @Option(name: .long, help: "Say what changed since the snapshot at or before this day (YYYY-MM-DD), instead of since the latest. Overrides since in site.yaml.")
    var since: String?

    func validate() throws {
        if let since, SinceDay.parse(since) == nil {
            throw ValidationError("--since must be a day like 2026-10-01, found '\(since)'")
        }
    }

    /// The build these options ask for.
    var options: BuildOptions {
        BuildOptions(content: content, output: output, baseURL: baseURL, includeDrafts: drafts,
                     since: since.flatMap(SinceDay.parse))
    }
}
