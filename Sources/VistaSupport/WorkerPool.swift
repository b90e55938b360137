import Foundation

/// Runs work on all cores, on threads with large stacks, so that deeply nested input (YAML
/// nested thousands of levels deep) is read without overflowing a stack.
///
/// The threads are started when work needs them and then wait for more: a build's load, render
/// and write steps, and every later build, reuse them instead of starting threads each time. A
/// `map` called from a worker (work within work) takes part in its own work, so it always
/// finishes even when every worker is busy.
public enum WorkerPool {
    /// The stack of each worker thread: large, because only touched pages are committed.
    static let stackSize = 512 << 20

    /// The number of workers: the active processor count.
    public static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The threads, started as work needs them and kept for the next work.
    private static let pool = Pool()

    /// Calls `body` for every index in `0..<count` on worker threads and returns the results in
    /// order. At most `width` workers take part.
    public static func map<Result: Sendable>(_ count: Int, width: Int = WorkerPool.width,
                                             _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let batch = Batch(count: count, body: body)
        let onWorker = Pool.isWorkerThread
        // A worker that asks for work takes part itself, so it needs one helper fewer.
        let helpers = min(max(1, width), count) - (onWorker ? 1 : 0)
        if helpers > 0 { pool.submit(batch, helpers: helpers) }
        if onWorker { batch.work() }
        return batch.results()
    }

    /// Starts `body` on a worker and returns at once, for work whose result something later reads
    /// from where `body` leaves it (a cache that makes a late reader wait for it).
    public static func start(_ body: @escaping @Sendable () -> Void) {
        pool.submit(Batch(count: 1) { _ in body() }, helpers: 1)
    }

    /// Work that the pool's threads can take part in.
    fileprivate protocol Work: AnyObject, Sendable {
        /// Runs items until none is left to take.
        func work()
    }

    /// One `map`: the next index to take, the results, and how many items are done.
    private final class Batch<Result: Sendable>: Work, @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let body: @Sendable (Int) -> Result
        private var nextIndex = 0
        private var finished = 0
        private var slots: [Result?]

        init(count: Int, body: @escaping @Sendable (Int) -> Result) {
            self.count = count
            self.body = body
            self.slots = Array(repeating: nil, count: count)
        }

        func work() {
            while let index = take() {
                let result = body(index)
                condition.lock()
                slots[index] = result
                finished += 1
                if finished == count { condition.broadcast() }
                condition.unlock()
            }
        }

        private func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }

        /// Waits until every item is done and gives the results in order.
        func results() -> [Result] {
            condition.lock()
            defer { condition.unlock() }
            while finished < count { condition.wait() }
            return slots.map { $0! }
        }
    }

    /// The worker threads and the queue of work they take from. Threads are started when work
    /// comes and no thread is idle, up to `maximumThreads`, and then wait for the next work: a
    /// build reuses the threads of the build before, and maps that run at the same time (the dev
    /// server's rebuild beside a test's build) each get threads instead of queueing behind another.
    private final class Pool: @unchecked Sendable {
        private let condition = NSCondition()
        /// Work with the number of helpers it still wants.
        private var queue: [(work: any Work, helpers: Int)] = []
        private var threads = 0
        private var idle = 0
        private static let marker = "vista.worker"
        /// Enough for a few maps at once on every core; more would only add switching.
        static let maximumThreads = max(16, 4 * WorkerPool.width)

        /// Whether the calling thread is one of the pool's workers.
        static var isWorkerThread: Bool { Thread.current.threadDictionary[marker] != nil }

        func submit(_ work: any Work, helpers: Int) {
            condition.lock()
            queue.append((work, helpers))
            let wanted = queue.reduce(0) { $0 + $1.helpers }
            let missing = min(wanted - idle, Self.maximumThreads - threads)
            if missing > 0 {
                for _ in 0..<missing { start() }
            }
            condition.broadcast()
            condition.unlock()
        }

        /// Starts one more worker (called with the lock held).
        private func start() {
            let thread = Thread { self.run() }
            thread.stackSize = WorkerPool.stackSize
            thread.name = "vista-worker-\(threads)"
            threads += 1
            thread.start()
        }

        private func run() {
            Thread.current.threadDictionary[Self.marker] = true
            while true {
                condition.lock()
                idle += 1
                while queue.isEmpty { condition.wait() }
                idle -= 1
                let work = queue[0].work
                queue[0].helpers -= 1
                if queue[0].helpers == 0 { queue.removeFirst() }
                condition.unlock()
                work.work()
            }
        }
    }
}
