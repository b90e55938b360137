import ArgumentParser
import VistaSite

/// The `vista` command and its subcommands.
public struct VistaCommand: ParsableCommand {
    /// The command's name, help text and version, and its subcommands; `vista` alone runs `vista build`.
    public static let configuration = CommandConfiguration(
        commandName: "vista",
        abstract: "Build leadership proposals and dashboards into a static site.",
        discussion: """
        Vista reads a content folder (site.yaml, vision.md, proposals, task analyses, metrics and pages) \
        and writes a static site that works under any path, on any web server and from a file share.
        """,
        version: VistaVersion.text,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self,
                      PublishCommand.self, SnapshotCommand.self, ExportCommand.self, BenchCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Required by ArgumentParser, which makes the command from the command line; `vista` has no options of its own.
    public init() {}
}
