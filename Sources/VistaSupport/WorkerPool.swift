import Foundation

/// Runs work on all cores, on threads with large stacks, so that deeply nested input (YAML
/// nested thousands of levels deep) is read without overflowing a stack.
public enum WorkerPool {
    /// The stack of each worker thread: large, because only touched pages are committed.
    static let stackSize = 512 << 20

    /// The number of workers: the active processor count.
    public static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body` for every index in `0..<count` on worker threads and returns the results in order.
    public static func map<Result: Sendable>(_ count: Int, width: Int = WorkerPool.width,
                                             _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let state = State<Result>(count: count)
        let workers = min(width, count)
        let done = DispatchGroup()
        for _ in 0..<workers {
            done.enter()
            let thread = Thread {
                while let index = state.next() {
                    state.store(body(index), at: index)
                }
                done.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        done.wait()
        return state.results()
    }

    /// Shared state of one `map`: the next index to take and the results so far.
    private final class State<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let count: Int
        private var slots: [Result?]

        init(count: Int) {
            self.count = count
            self.slots = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }

        func store(_ result: Result, at index: Int) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        func results() -> [Result] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
