import ArgumentParser
import Testing
@testable import VistaCLI
import VistaMarkdown

/// `vista publish` reads `--to` and `--ssh` as documented.
@Suite struct PublishCommandTests {
    @Test func sshOptionsGoWithAnSSHTarget() throws {
        let command = try CLITestSupport.parse(["publish", "--to", "ssh://deploy@web:2222/srv/vista/reporting", "--ssh", "ssh -i key", "--keep", "5"],
                                               as: PublishCommand.self)
        #expect(command.to == "ssh://deploy@web:2222/srv/vista/reporting")
        #expect(command.ssh == "ssh -i key")
        #expect(command.keep == 5)
        #expect(throws: (any Error).self) { try CLITestSupport.parse(["publish", "--to", "/srv/vista/reporting", "--ssh", "ssh -i key"], as: PublishCommand.self) }
    }

    @Test func aBadAddressFailsWithAMessageAndPublishesNothing() throws {
        let command = try CLITestSupport.parse(["publish", "--to", "ssh://web:99999/srv/x", "--site", "Site", "--quiet"], as: PublishCommand.self)
        #expect(CLITestSupport.exitCode(of: command) == 1)
    }

    @Test func versionNamesVistaAndCmark() {
        let lines = VistaVersion.text.split(separator: "\n")
        #expect(lines.first == "vista \(VistaVersion.number)")
        #expect(lines.last == "cmark-gfm \(MarkdownRenderer.libraryVersion)")
        #expect(MarkdownRenderer.libraryVersion.contains(".gfm."), "the version cmark-gfm reports, like 0.29.0.gfm.6")
    }
}
