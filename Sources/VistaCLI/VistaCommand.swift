import ArgumentParser
import VistaSite

/// The `vista` command and its subcommands.
public struct VistaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vista",
        abstract: "Build leadership proposals and dashboards into a static site."
    )
    public init() {}
}
