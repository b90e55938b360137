import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// Nothing half-written: failed builds leave the old site, Vista replaces only its own folders.
@Suite struct SiteWriterTests {
    @Test func aFailedBuildLeavesThePreviousSiteByteForByte() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        let (first, site) = SiteTestSupport.build(content)
        #expect(first.succeeded)
        let before = snapshot(site)
        try Data("title: Tide\nfrequency: fortnightly\n".utf8).write(to: URL(fileURLWithPath: content + "/tasks/tide-bulletin.yaml"))
        let (second, _) = SiteTestSupport.build(content, output: site)
        #expect(!second.succeeded)
        #expect(snapshot(site) == before)
        let parent = (site as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["Site"], "no staging folder is left behind")
    }

    @Test func filesWhoseSourceIsGoneDisappear() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        let (_, site) = SiteTestSupport.build(content)
        #expect(FileManager.default.fileExists(atPath: site + "/tasks/tide-bulletin/index.html"))
        try FileManager.default.removeItem(atPath: content + "/tasks/tide-bulletin.yaml")
        let (report, _) = SiteTestSupport.build(content, output: site)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site + "/tasks/tide-bulletin/index.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/tasks/daily-berth-report/index.html"))
    }

    @Test func aFolderVistaDidNotWriteIsRefused() throws {
        let output = SiteTestSupport.temporaryFolder() + "/Documents"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/thesis.txt"))
        let (report, _) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"), output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("refusing to replace") && $0.message.contains("no .vista-site marker") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["thesis.txt"])
    }

    @Test func anEmptyFolderIsFine() throws {
        let output = SiteTestSupport.temporaryFolder() + "/empty"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let (report, _) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"), output: output)
        #expect(report.succeeded)
        #expect(FileManager.default.fileExists(atPath: output + "/.vista-site"))
    }

    @Test func anOutputInsideTheContentFolderIsRefused() {
        let content = SiteTestSupport.copy(of: "harbor")
        let (report, _) = SiteTestSupport.build(content, output: content + "/Site")
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("inside the content folder") })
        #expect(!FileManager.default.fileExists(atPath: content + "/Site"))
    }

    @Test func aStagingFolderLeftByAnEndedBuildIsRemoved() throws {
        let parent = SiteTestSupport.temporaryFolder()
        // No process has this id (above the usual pid_max); process 1 always runs.
        let abandoned = parent + "/.Site.vista-staging-4194305", running = parent + "/.Site.vista-staging-1"
        for folder in [abandoned, running] {
            try FileManager.default.createDirectory(atPath: folder + "/tasks", withIntermediateDirectories: true)
            try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/tasks/index.html"))
        }
        let (report, _) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"), output: parent + "/Site")
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: running + "/tasks/index.html"))
    }

    /// Every file's path and bytes.
    private func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in SiteTestSupport.files(in: folder) { result[file] = FileManager.default.contents(atPath: folder + "/" + file) }
        return result
    }
}
