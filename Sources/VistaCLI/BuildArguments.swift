import ArgumentParser
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

    /// The build these options ask for.
    var options: BuildOptions {
        BuildOptions(content: content, output: output, baseURL: baseURL, includeDrafts: drafts)
    }
}
