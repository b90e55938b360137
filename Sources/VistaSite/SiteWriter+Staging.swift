#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VistaContent
import VistaSupport

extension SiteWriter {
    /// A site being written into its staging folder, file by file as the files are made, from any
    /// number of threads; `finish()` swaps it in, `abandon()` removes it. The paths of all files are
    /// known from the start, so that every folder is made exactly once and without races: folders
    /// that hold several entries are made at the start, and a folder that holds a single file (a
    /// page's `x/index.html`) is made by whoever writes that file, on its own thread.
    public final class Staging: @unchecked Sendable {
        let writer: SiteWriter
        /// The staging folder.
        public let path: String
        /// Folders made together with their only file.
        private let ownFolders: Set<String>
        private let lock = NSLock()
        private var failure: String?

        /// Checks that the output may be replaced, and makes the staging folder with the folders
        /// that the files at `paths` share.
        init(writer: SiteWriter, paths: [String]) throws {
            if let refusal = writer.refusal() { throw FileOperations.Failure(description: refusal) }
            self.writer = writer
            path = writer.stagingPath()
            writer.removeAbandonedStaging()
            FileOperations.removeTree(path)
            var entries: [Substring: Int] = [:]
            entries.reserveCapacity(paths.count)
            for file in paths {
                var child = Substring(file)
                while let slash = child.utf8.lastIndex(of: UInt8(ascii: "/")) {
                    let folder = child[..<slash]
                    entries[folder, default: 0] += 1
                    // Count a folder once however many files lie below it.
                    if entries[folder]! > 1 { break }
                    child = folder
                }
            }
            let single = Set(paths.compactMap { file -> String? in
                guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
                let folder = file[..<slash]
                return entries[folder] == 1 ? String(folder) : nil
            })
            ownFolders = single
            do {
                try FileOperations.makeFolders(path)
                for folder in entries.keys.map(String.init).filter({ !single.contains($0) }).sorted() {
                    if mkdir(path + "/" + folder, 0o755) != 0, errno != EEXIST {
                        throw FileOperations.Failure(description: "cannot create the folder \(path)/\(folder): \(FileOperations.errorText())")
                    }
                }
            } catch {
                FileOperations.removeTree(path)
                throw error
            }
        }

        /// Writes one file (any thread). After the first failure nothing more is written; `finish()` reports it.
        public func write(_ file: OutputFile) {
            guard !hasFailed else { return }
            do {
                if let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                    let folder = String(file.path[..<slash])
                    if ownFolders.contains(folder), mkdir(path + "/" + folder, 0o755) != 0, errno != EEXIST {
                        throw FileOperations.Failure(description: "cannot create the folder \(path)/\(folder): \(FileOperations.errorText())")
                    }
                }
                switch file.contents {
                case .text(let text): try FileOperations.write(text, to: path + "/" + file.path)
                case .copy(let source): try FileOperations.copy(source, to: path + "/" + file.path)
                }
            } catch {
                lock.lock()
                if failure == nil { failure = "\(error)" }
                lock.unlock()
            }
        }

        /// Whether a write failed.
        public var hasFailed: Bool {
            lock.lock()
            defer { lock.unlock() }
            return failure != nil
        }

        /// Adds the marker and swaps the staging folder in; throws (and removes the staging folder)
        /// when a write failed or the swap is impossible, leaving the old site as it was. The site
        /// that was replaced is removed before returning, or handed to `retireOldSite` (by its path)
        /// to remove later, off the critical path.
        public func finish(retireOldSite: ((String) -> Void)? = nil) throws {
            do {
                lock.lock()
                let failure = self.failure
                lock.unlock()
                if let failure { throw FileOperations.Failure(description: failure) }
                try FileOperations.write("This folder was written by Vista. `vista build` replaces it as a whole.\n",
                                         to: path + "/" + SiteWriter.marker)
                let output = writer.output
                if FileOperations.kind(output) == .folder {
                    try FileOperations.exchange(path, output)
                    if let retireOldSite { retireOldSite(path) } else { FileOperations.removeTreeOnAllCores(path) }
                } else {
                    try FileOperations.makeFolders(writer.parent(of: output))
                    guard rename(path, output) == 0 else {
                        throw FileOperations.Failure(description: "cannot move the new site into \(output): \(FileOperations.errorText())")
                    }
                }
            } catch {
                abandon()
                throw error
            }
        }

        /// Removes the staging folder; the old site stays as it was.
        public func abandon() {
            FileOperations.removeTreeOnAllCores(path)
        }
    }

    /// Removes staging folders beside the output that a Vista process left when it ended before
    /// finishing (files are written while pages render, so a crash can leave one); a folder whose
    /// process still runs is another build's, and stays.
    func removeAbandonedStaging() {
        let name = output.split(separator: "/").last.map(String.init) ?? "Site"
        let folder = parent(of: output)
        let prefix = ".\(name).vista-staging-"
        for entry in FileOperations.list(folder.isEmpty ? "." : folder) where entry.hasPrefix(prefix) {
            let digits = entry.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            FileOperations.removeTree((folder.isEmpty ? "" : folder + "/") + entry)
        }
    }

    /// Starts writing a site whose files will have these paths (relative to the site's root).
    public func stage(paths: [String]) throws -> Staging {
        try Staging(writer: self, paths: paths)
    }
}

extension FileOperations {
    /// Removes a folder with everything in it, its entries shared among the worker threads (a site
    /// of 10,000 pages is 10,000 folders at its top level); symbolic links are removed, never followed.
    static func removeTreeOnAllCores(_ path: String) {
        guard kind(path) == .folder else {
            removeTree(path)
            return
        }
        let names = list(path)
        _ = WorkerPool.map(names.count) { removeTree(path + "/" + names[$0]) }
        rmdir(path)
    }
}
