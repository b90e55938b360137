#if canImport(Glibc)
import Glibc
#endif
import VistaContent

/// Tells the rebuild loop at once when something in the content folder changes, so that a saved
/// file is rebuilt within milliseconds instead of at the next poll. On Linux it watches every folder
/// of the content folder with inotify; elsewhere (or when inotify fails) it does nothing, and the
/// loop finds changes by polling alone. It only wakes the loop: what changed is always worked out
/// from snapshots (`ContentSnapshot`), so a missed event costs time, never a change.
final class ContentWatcher: @unchecked Sendable {
    let folder: String
    #if canImport(Glibc)
    private let descriptor: Int32
    #endif

    /// A watcher for the folder, or nil where the system offers none.
    init?(folder: String) {
        self.folder = folder
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        watchFolders()
        #else
        return nil
        #endif
    }

    deinit {
        #if canImport(Glibc)
        close(descriptor)
        #endif
    }

    /// Watches every folder of the content folder (again: new folders appear over time, and a
    /// folder removed and made again is a new one; watching a watched folder changes nothing).
    func watchFolders() {
        #if canImport(Glibc)
        let fileSystem = ContentFileSystem(root: folder)
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        var pending = [""]
        var visited = Set<String>()
        while let relative = pending.popLast() {
            guard let real = fileSystem.realPath(relative), visited.insert(real).inserted else { continue }
            _ = inotify_add_watch(descriptor, real, mask)
            for name in fileSystem.list(relative) {
                let path = relative.isEmpty ? name : relative + "/" + name
                if fileSystem.kind(of: path) == .directory { pending.append(path) }
            }
        }
        #endif
    }

    /// Blocks until something changes or `milliseconds` pass; true when something changed. Reads
    /// (and forgets) every event waiting.
    func wait(milliseconds: Int) -> Bool {
        #if canImport(Glibc)
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(milliseconds))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        var any = false
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 { any = true }
        return any
        #else
        return false
        #endif
    }

    /// Waits for a first change (at most `milliseconds`), then until the folder has been still for
    /// `quiet` milliseconds (an editor saves in several steps), at most a second; true when something changed.
    func waitForChange(milliseconds: Int, quiet: Int) -> Bool {
        guard wait(milliseconds: milliseconds) else { return false }
        var waited = 0
        while waited < 1000, wait(milliseconds: quiet) { waited += quiet }
        watchFolders()
        return true
    }
}
