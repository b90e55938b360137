import Foundation
import Testing
@testable import VistaSite
import VistaContent

/// `vista publish`: the site lands at the target in one swap, replaced versions are kept and come
/// back with a rollback, and nothing Vista did not publish is ever replaced.
@Suite struct PublisherTests {
    /// A built site whose home page says `text`.
    private func site(_ text: String, in folder: String) throws -> String {
        let site = folder + "/Site-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: site + "/tasks", withIntermediateDirectories: true)
        try Data("Vista".utf8).write(to: URL(fileURLWithPath: site + "/" + SiteWriter.marker))
        try Data("<!DOCTYPE html><title>\(text)</title>".utf8).write(to: URL(fileURLWithPath: site + "/index.html"))
        try Data("<p>\(text)</p>".utf8).write(to: URL(fileURLWithPath: site + "/tasks/index.html"))
        return site
    }

    private func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in SiteTestSupport.files(in: folder) { result[file] = FileManager.default.contents(atPath: folder + "/" + file) }
        return result
    }

    @Test func theFirstPublishCreatesTheTargetAsACopy() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let built = try site("one", in: folder)
        let report = try Publisher(target: folder + "/www/reporting").publish(site: built)
        #expect(!report.replaced)
        #expect(snapshot(folder + "/www/reporting") == snapshot(built))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/www/.reporting.vista-versions") == [".vista-versions"])
    }

    @Test func aBuiltExampleSitePublishesByteForByte() throws {
        let (report, built) = SiteTestSupport.build(SiteTestSupport.fixture("harbor"))
        #expect(report.succeeded)
        let target = SiteTestSupport.temporaryFolder() + "/live"
        _ = try Publisher(target: target).publish(site: built)
        #expect(snapshot(target) == snapshot(built))
    }

    @Test func replacedVersionsAreKeptUpToKeep() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let target = folder + "/live"
        let publisher = Publisher(target: target, keep: 2)
        for text in ["one", "two", "three", "four"] { _ = try publisher.publish(site: try site(text, in: folder)) }
        #expect(publisher.versions() == ["previous-1", "previous-2"])
        #expect(SiteTestSupport.read(target + "/tasks/index.html") == "<p>four</p>")
        #expect(SiteTestSupport.read(publisher.versionsFolder + "/previous-1/tasks/index.html") == "<p>three</p>")
        #expect(SiteTestSupport.read(publisher.versionsFolder + "/previous-2/tasks/index.html") == "<p>two</p>")
    }

    @Test func keepZeroKeepsNothing() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let publisher = Publisher(target: folder + "/live", keep: 0)
        _ = try publisher.publish(site: try site("one", in: folder))
        _ = try publisher.publish(site: try site("two", in: folder))
        #expect(publisher.versions().isEmpty)
        #expect(throws: Publisher.Failure.self) { try publisher.rollback() }
    }

    @Test func rollbackPutsTheLastVersionBackByteForByte() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let target = folder + "/live"
        let publisher = Publisher(target: target)
        let one = try site("one", in: folder), two = try site("two", in: folder), three = try site("three", in: folder)
        for built in [one, two, three] { _ = try publisher.publish(site: built) }
        _ = try publisher.rollback()
        #expect(snapshot(target) == snapshot(two))
        #expect(snapshot(publisher.versionsFolder + "/undone") == snapshot(three), "the rolled-back site is not lost")
        _ = try publisher.rollback()
        #expect(snapshot(target) == snapshot(one))
        #expect(publisher.versions().isEmpty)
        #expect(throws: Publisher.Failure.self) { try publisher.rollback() }
        #expect(snapshot(target) == snapshot(one), "a refused rollback changes nothing")
    }

    @Test func aFolderVistaDidNotPublishIsRefused() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let target = folder + "/www"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try Data("<h1>the old intranet</h1>".utf8).write(to: URL(fileURLWithPath: target + "/index.html"))
        let error = #expect(throws: Publisher.Failure.self) { try Publisher(target: target).publish(site: try site("one", in: folder)) }
        #expect(error?.description.contains("no .vista-site marker") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["index.html"])
        #expect(throws: Publisher.Failure.self) { try Publisher(target: target).rollback() }
    }

    @Test func anEmptyFolderIsFine() throws {
        let folder = SiteTestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/live", withIntermediateDirectories: true)
        let report = try Publisher(target: folder + "/live").publish(site: try site("one", in: folder))
        #expect(report.replaced)
        #expect(report.versions.isEmpty, "an empty folder is not kept as a version")
        #expect(SiteTestSupport.read(folder + "/live/tasks/index.html") == "<p>one</p>")
    }

    @Test func aSymbolicLinkTargetIsRefused() throws {
        let folder = SiteTestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/live", withDestinationPath: "real")
        let error = #expect(throws: Publisher.Failure.self) { try Publisher(target: folder + "/live").publish(site: try site("one", in: folder)) }
        #expect(error?.description.contains("symbolic link") == true)
    }

    @Test func onlyABuiltSiteIsPublished() throws {
        let folder = SiteTestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Documents", withIntermediateDirectories: true)
        let error = #expect(throws: Publisher.Failure.self) { try Publisher(target: folder + "/live").publish(site: folder + "/Documents") }
        #expect(error?.description.contains("was not built by Vista") == true)
        #expect(throws: Publisher.Failure.self) { try Publisher(target: folder + "/live").publish(site: folder + "/nothing") }
        let built = try site("one", in: folder)
        #expect(throws: Publisher.Failure.self) { try Publisher(target: built + "/inside").publish(site: built) }
        #expect(throws: Publisher.Failure.self) { try Publisher(target: built).publish(site: built) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/live"))
    }

    @Test func aTargetInsideTheContentFolderIsRefused() throws {
        let content = SiteTestSupport.copy(of: "harbor")
        let (_, built) = SiteTestSupport.build(content)
        let error = #expect(throws: Publisher.Failure.self) { try Publisher(target: content + "/assets/site").publish(site: built, contentRoot: content) }
        #expect(error?.description.contains("overlap") == true)
        #expect(!FileManager.default.fileExists(atPath: content + "/assets/site"))
    }

    @Test func aCopyThatFailsLeavesTheLiveSiteAsItWas() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let target = folder + "/live"
        let publisher = Publisher(target: target)
        _ = try publisher.publish(site: try site("one", in: folder))
        let before = snapshot(target)
        let broken = try site("two", in: folder)
        #expect(mkfifo(broken + "/tasks/pipe", 0o644) == 0)
        #expect(throws: Publisher.Failure.self) { try publisher.publish(site: broken) }
        #expect(snapshot(target) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: publisher.versionsFolder) == [".vista-versions"], "no half copy is left")
    }

    @Test func aCopyLeftByAStoppedPublishIsCleanedUp() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let publisher = Publisher(target: folder + "/live")
        _ = try publisher.publish(site: try site("one", in: folder))
        try FileManager.default.createDirectory(atPath: publisher.versionsFolder + "/incoming-99999/tasks", withIntermediateDirectories: true)
        _ = try publisher.publish(site: try site("two", in: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: publisher.versionsFolder).sorted() == [".vista-versions", "previous-1"])
    }

    /// A reader that opens the home page over and over while sites are published never finds it
    /// missing or half-written: it always reads one whole version.
    @Test func aReaderNeverSeesAHalfPublishedSite() throws {
        let folder = SiteTestSupport.temporaryFolder()
        let target = folder + "/live"
        let publisher = Publisher(target: target, keep: 1)
        let versions = try (0..<2).map { try site(String(repeating: "version \($0) ", count: 20_000), in: folder) }
        _ = try publisher.publish(site: versions[0])
        let expected = Set(versions.map { FileManager.default.contents(atPath: $0 + "/index.html")! })
        let stop = ManagedAtomicFlag()
        let failures = ManagedCounter()
        let reader = Thread {
            while !stop.isSet {
                guard let data = FileManager.default.contents(atPath: target + "/index.html"), expected.contains(data) else {
                    failures.increment()
                    continue
                }
            }
        }
        reader.start()
        for round in 1...40 { _ = try publisher.publish(site: versions[round % 2]) }
        stop.set()
        while !reader.isFinished { usleep(1000) }
        #expect(failures.value == 0)
    }
}

/// A flag and a counter shared with a reader thread.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}

final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
