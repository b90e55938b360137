import Foundation
import Testing
import VistaSupport

/// The file system's one reader: kinds, listings, whole files, folders, paths.
@Suite struct FileSystemTests {
    let root = NSTemporaryDirectory() + "vista-support-tests-" + UUID().uuidString

    @Test func kindsListingsAndWholeFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileSystem.makeFolders(root + "/a/b/c")
        try Data("hello".utf8).write(to: URL(fileURLWithPath: root + "/a/file.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/a/link", withDestinationPath: "file.txt")
        #expect(FileSystem.list(root + "/a") == ["b", "file.txt", "link"])
        #expect(FileSystem.kind(root + "/a/b", followingLinks: false) == .folder)
        #expect(FileSystem.kind(root + "/a/link", followingLinks: false) == .link)
        #expect(FileSystem.kind(root + "/a/link", followingLinks: true) == .file)
        #expect(FileSystem.kind(root + "/a/none", followingLinks: true) == .missing)
        #expect(try FileSystem.readBytes(root + "/a/link").get() == Array("hello".utf8))
        #expect(FileSystem.readBytes(root + "/a/b") == .failure(.folder))
        #expect(FileSystem.readBytes(root + "/a/none") == .failure(.system(ENOENT)))
        #expect(FileSystem.realPath(root + "/a/link")?.hasSuffix("/a/file.txt") == true)
        #expect(mkfifo(root + "/a/pipe", 0o644) == 0)
        #expect(FileSystem.readBytes(root + "/a/pipe") == .failure(.notRegularFile))
    }

    @Test func joiningPaths() {
        #expect(FileSystem.join("Content", "tasks") == "Content/tasks")
        #expect(FileSystem.join("Content/", "tasks") == "Content/tasks")
        #expect(FileSystem.join("", "tasks") == "tasks")
        #expect(FileSystem.join("Content", "") == "Content")
    }
}
