import Foundation
import Testing
@testable import VistaSite

/// `SSHPublisher` and the server's script, with a stand-in for ssh that runs the remote command
/// on this machine (the same sh, coreutils and rsync a server has). The real OpenSSH server is
/// tested by `scripts/publish/check-ssh.sh` (`make publish-ssh`).
@Suite(.timeLimit(.minutes(2))) struct SSHPublisherTests {
    /// A stand-in for ssh: skips the options and the host, then runs the command with sh. With
    /// `failUploads`, an rsync upload fails as a dropped connection would.
    private func fakeSSH(in folder: String, failUploads: Bool = false) throws -> String {
        let path = folder + "/fake-ssh"
        try Data("""
        #!/bin/sh
        while [ $# -gt 0 ]; do
            case $1 in
                --) shift; break ;;
                -p|-l|-i|-o|-F) shift 2 ;;
                -*) shift ;;
                *) break ;;
            esac
        done
        shift
        \(failUploads ? "case $* in rsync*) echo 'connection reset by peer' >&2; exit 255 ;; esac" : "")
        exec sh -c "$*"

        """.utf8).write(to: URL(fileURLWithPath: path))
        // Run by sh, not executed itself: a process that another test forks while this file is
        // still open for writing would make executing it fail with "Text file busy".
        return "/bin/sh " + path
    }

    private func site(_ text: String, in folder: String) throws -> String {
        let site = folder + "/Site-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: site + "/assets", withIntermediateDirectories: true)
        try Data("Vista".utf8).write(to: URL(fileURLWithPath: site + "/" + SiteWriter.marker))
        try Data("<title>\(text)</title>".utf8).write(to: URL(fileURLWithPath: site + "/index.html"))
        try Data("body { color: black }".utf8).write(to: URL(fileURLWithPath: site + "/assets/vista.css"))
        return site
    }

    private func publisher(_ folder: String, keep: Int = 3, failUploads: Bool = false) throws -> SSHPublisher {
        try SSHPublisher(destination: SSHDestination("ssh://tester@server.invalid:2222" + folder + "/www/live"), keep: keep,
                         ssh: try fakeSSH(in: folder, failUploads: failUploads))
    }

    private func link(_ folder: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/www/live")
    }

    private func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test func publishesSwitchesTheLinkAndKeepsVersions() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let publisher = try publisher(folder, keep: 1)
        let first = try publisher.publish(site: try site("one", in: folder))
        #expect(!first.replaced && first.versions.isEmpty)
        #expect(link(folder) == ".live.vista-versions/site-1")
        #expect(SiteTestSupport.read(folder + "/www/live/index.html") == "<title>one</title>")
        let second = try publisher.publish(site: try site("two", in: folder))
        #expect(second.replaced && second.versions == ["site-1"])
        #expect(link(folder) == ".live.vista-versions/site-2")
        #expect(SiteTestSupport.read(folder + "/www/live/index.html") == "<title>two</title>")
        let versions = folder + "/www/.live.vista-versions"
        #expect(inode(versions + "/site-1/assets/vista.css") == inode(versions + "/site-2/assets/vista.css"), "an unchanged file is a hard link")
        #expect(inode(versions + "/site-1/index.html") != inode(versions + "/site-2/index.html"))
        let third = try publisher.publish(site: try site("three", in: folder))
        #expect(third.versions == ["site-2"], "--keep 1 keeps one replaced version")
        #expect(try FileManager.default.contentsOfDirectory(atPath: versions).sorted() == [".vista-versions", "site-2", "site-3"])
    }

    @Test func rollbackSwitchesBackAndKeepsTheUndoneVersion() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let publisher = try publisher(folder)
        for text in ["one", "two"] { _ = try publisher.publish(site: try site(text, in: folder)) }
        let report = try publisher.rollback()
        #expect(report.versions.isEmpty)
        #expect(link(folder) == ".live.vista-versions/site-1")
        #expect(SiteTestSupport.read(folder + "/www/.live.vista-versions/undone/index.html") == "<title>two</title>")
        let error = #expect(throws: Publisher.Failure.self) { try publisher.rollback() }
        #expect(error?.description.contains("no earlier version") == true)
        #expect(link(folder) == ".live.vista-versions/site-1")
        _ = try publisher.publish(site: try site("three", in: folder))
        #expect(link(folder) == ".live.vista-versions/site-2")
        #expect(!FileManager.default.fileExists(atPath: folder + "/www/.live.vista-versions/undone"))
    }

    @Test func aFailedUploadLeavesTheLiveSiteAndNoUploadOrLock() throws {
        let folder = SiteTestSupport.temporaryFolder()
        _ = try publisher(folder).publish(site: try site("one", in: folder))
        let error = #expect(throws: Publisher.Failure.self) {
            try publisher(folder, failUploads: true).publish(site: try site("two", in: folder))
        }
        #expect(error?.description.contains("the live site was left as it was") == true)
        #expect(error?.description.contains("connection reset by peer") == true)
        #expect(link(folder) == ".live.vista-versions/site-1")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/www/.live.vista-versions").sorted() == [".vista-versions", "site-1"])
    }

    @Test func aHeldLockStopsASecondPublishAndAStaleOneIsTakenOver() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let publisher = try publisher(folder)
        _ = try publisher.publish(site: try site("one", in: folder))
        let lock = folder + "/www/.live.vista-versions/.lock"
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: String(getpid()))
        let error = #expect(throws: Publisher.Failure.self) { try publisher.publish(site: try site("two", in: folder)) }
        #expect(error?.description.contains("another vista publish to ssh://tester@server.invalid:2222") == true)
        #expect(error?.description.contains("process \(getpid())") == true)
        #expect(link(folder) == ".live.vista-versions/site-1")
        try FileManager.default.removeItem(atPath: lock)
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: "2147483646")
        _ = try publisher.publish(site: try site("two", in: folder))
        #expect(link(folder) == ".live.vista-versions/site-2")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: lock)) == nil, "the lock is released")
    }

    @Test func aFolderPublishedLocallyBecomesTheFirstVersion() throws {
        let folder = SiteTestSupport.temporaryFolder()
        _ = try Publisher(target: folder + "/www/live").publish(site: try site("local", in: folder))
        _ = try publisher(folder).publish(site: try site("remote", in: folder))
        #expect(link(folder) == ".live.vista-versions/site-2")
        #expect(SiteTestSupport.read(folder + "/www/.live.vista-versions/site-1/index.html") == "<title>local</title>")
        _ = try publisher(folder).rollback()
        #expect(SiteTestSupport.read(folder + "/www/live/index.html") == "<title>local</title>")
    }

    @Test func foreignFoldersAndLinksAreRefused() throws {
        let folder = SiteTestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/www/live", withIntermediateDirectories: true)
        try Data("<h1>the old intranet</h1>".utf8).write(to: URL(fileURLWithPath: folder + "/www/live/index.html"))
        let error = #expect(throws: Publisher.Failure.self) { try publisher(folder).publish(site: try site("one", in: folder)) }
        #expect(error?.description.contains("no .vista-site marker") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/www/live") == ["index.html"])
        try FileManager.default.removeItem(atPath: folder + "/www/live")
        try FileManager.default.createSymbolicLink(atPath: folder + "/www/live", withDestinationPath: "/etc")
        let linked = #expect(throws: Publisher.Failure.self) { try publisher(folder).publish(site: try site("one", in: folder)) }
        #expect(linked?.description.contains("symbolic link that vista publish did not make") == true)
        #expect(link(folder) == "/etc")
    }
}
