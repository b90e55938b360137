import ArgumentParser
import VistaContent
import VistaSite

/// The options that say which content to build and for where: shared by `build` and `publish`
/// (through `BuildArguments`) and by `export`.
struct ContentArguments: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .customLong("base-url"), help: "Where the site will be served: a path like /proposals/q3/ or a full URL (which makes an export's links to other pages absolute). Overrides base_url in site.yaml.")
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

    /// The build these options ask for, into `output`; `write: false` renders without writing.
    func options(output: String, write: Bool = true) -> BuildOptions {
        BuildOptions(content: content, output: output, baseURL: baseURL, includeDrafts: drafts, write: write,
                     since: since.flatMap(SinceDay.parse))
    }
}

/// The options that say what to build and where to write it, shared by `build` and `publish`.
struct BuildArguments: ParsableArguments {
    @OptionGroup var source: ContentArguments

    @Option(name: .long, help: "The site folder to write. Vista replaces only folders it created.")
    var output = "Site"

    /// The content folder.
    var content: String { source.content }

    /// The build these options ask for.
    var options: BuildOptions { source.options(output: output) }
}
