import Foundation
import VistaContent

/// Writes snapshots of the figures into `history/` of a content folder: `vista snapshot` on its
/// own, `vista publish` after a successful publish. A new file each time (`2026-10-12.yaml`, then
/// `2026-10-12-2.yaml`, …), created exclusively, so an old snapshot is never touched.
public struct SnapshotRecorder: Sendable {
    /// The content folder; snapshots go into its `history/` folder.
    public let content: String

    /// A recorder for the content folder at `content`; nothing is read until `stamp` or `record`.
    public init(content: String) {
        self.content = content
    }

    /// What recording gave: the file written (content-relative), or the diagnostics that stopped it.
    public struct Result: Sendable {
        /// The snapshot file written, relative to the content folder (`history/2026-10-12.yaml`);
        /// nil when the content has an error or the file could not be written.
        public var file: String?
        /// The content's errors and warnings, and an error when the file could not be written.
        public var diagnostics: [Diagnostic]
    }

    /// The name, day and time for a snapshot taken at `now` in `timeZone`: the day's next free name in `history/`.
    public func stamp(note: String?, now: Date = Date(), timeZone: TimeZone = .current) -> SnapshotStamp {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let day = Period(.day(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1))
        let offset = timeZone.secondsFromGMT(for: now)
        let zone = offset == 0 ? "Z" : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        let time = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + zone
        let id = SnapshotHistory.newID(on: day, existing: existingNames())
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        return SnapshotStamp(id: id, date: day, sequence: Snapshot.parseID(id)?.sequence ?? 1, time: time,
                             note: trimmed?.isEmpty == false ? trimmed : nil)
    }

    /// Loads the content and writes its figures as a snapshot taken now. Content with errors writes nothing.
    public func record(note: String?, now: Date = Date(), timeZone: TimeZone = .current) -> Result {
        let loaded = ContentLoader(root: content).load()
        guard let loadedContent = loaded.content, loaded.succeeded else { return Result(file: nil, diagnostics: loaded.diagnostics) }
        let snapshot = stamp(note: note, now: now, timeZone: timeZone).snapshot(of: loadedContent)
        do {
            try write(snapshot)
        } catch {
            return Result(file: nil, diagnostics: loaded.diagnostics + [.error(.whole("history"), "the snapshot was not written: \(error)")])
        }
        return Result(file: snapshot.file, diagnostics: loaded.diagnostics)
    }

    /// Writes a snapshot to its file, which must not exist yet.
    public func write(_ snapshot: Snapshot) throws {
        try FileManager.default.createDirectory(atPath: content + "/history", withIntermediateDirectories: true)
        let path = content + "/" + snapshot.file
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        let bytes = Array(try snapshot.yaml().utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard result > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            written += result
        }
    }

    /// The ids of every file in `history/`, whatever its extension, so that a new name is free.
    private func existingNames() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content + "/history")) ?? []
        return Set(names.map { name in name.firstIndex(of: ".").map { String(name[..<$0]) } ?? name })
    }
}
