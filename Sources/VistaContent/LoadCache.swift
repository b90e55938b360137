import Foundation

/// What a load read, file by file, so that the next load reads only what changed: the dev server
/// keeps one and tells it which content paths changed (`invalidate`) before each rebuild. A file
/// is read again when it or a file it read (a metric's CSV) changed; everything else — the listing
/// of folders, the assets, the checks across files — is done afresh on every load.
public final class LoadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [String: (job: LoadJob, output: LoadJob.Output)] = [:]

    /// An empty cache: the first load reads every file.
    public init() {}

    /// Forgets what was read from these content paths and from the files that read them.
    public func invalidate(_ paths: some Sequence<String>) {
        let changed = Set(paths)
        guard !changed.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        outputs = outputs.filter { path, entry in !changed.contains(path) && entry.output.reads.allSatisfy { !changed.contains($0) } }
    }

    /// How many files it holds.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return outputs.count
    }

    func output(of job: LoadJob) -> LoadJob.Output? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = outputs[job.path], entry.job == job else { return nil }
        return entry.output
    }

    /// Keeps the outputs of a load: exactly the files it planned.
    func keep(_ jobs: [LoadJob], _ loaded: [LoadJob.Output]) {
        lock.lock()
        defer { lock.unlock() }
        outputs = [:]
        for (job, output) in zip(jobs, loaded) { outputs[job.path] = (job, output) }
    }
}
