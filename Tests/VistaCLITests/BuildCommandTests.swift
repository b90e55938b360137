import Foundation
import Testing
@testable import VistaCLI

/// `vista build`: what its last line says about the output folder.
@Suite struct BuildCommandTests {
    @Test func aFailedBuildSaysWhetherAnEarlierSiteWasKept() {
        #expect(BuildCommand.failure(errors: 2, output: "Site", existed: true) == "Build failed: 2 errors; Site/ was left as it was.")
        #expect(BuildCommand.failure(errors: 1, output: "Out", existed: false) == "Build failed: 1 error; no site was written to Out/.")
    }

    @Test func aFailedBuildIntoAMissingFolderFailsAndWritesNothing() throws {
        let folder = CLITestSupport.temporaryFolder()
        defer { CLITestSupport.removeTemporary(folder) }
        CLITestSupport.write("title: [unclosed\n", to: folder + "/Content/site.yaml")
        CLITestSupport.write("---\ntitle: V\n---\n", to: folder + "/Content/vision.md")
        let command = try CLITestSupport.parse(["build", "--content", folder + "/Content", "--output", folder + "/Site", "--quiet"], as: BuildCommand.self)
        #expect(CLITestSupport.exitCode(of: command) == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Site"))
    }
}
