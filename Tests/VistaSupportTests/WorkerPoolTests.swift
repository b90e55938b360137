import Foundation
import Testing
import VistaSupport

/// The worker pool: results in order, work within work, large stacks, threads reused.
@Suite(.timeLimit(.minutes(5))) struct WorkerPoolTests {
    @Test func resultsComeInOrder() {
        let squares = WorkerPool.map(1_000) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(WorkerPool.map(0) { $0 }.isEmpty)
    }

    @Test func workWithinWorkFinishesEvenWhenEveryWorkerIsBusy() {
        let sums = WorkerPool.map(8) { outer in
            WorkerPool.map(50) { inner in outer * inner }.reduce(0, +)
        }
        #expect(sums == (0..<8).map { $0 * (0..<50).reduce(0, +) })
    }

    @Test func workersReuseTheirThreads() {
        let threads = Locked(Set<ObjectIdentifier>())
        for _ in 0..<20 {
            _ = WorkerPool.map(4) { _ in threads.update { $0.insert(ObjectIdentifier(Thread.current)) } }
        }
        // Twenty calls ran on a few threads kept between calls (threads started per call would be
        // about forty), never on the caller's.
        #expect(threads.read().count < 20)
        #expect(!threads.read().contains(ObjectIdentifier(Thread.current)))
    }

    @Test func workersHaveLargeStacks() {
        // 100,000 nested calls of a few hundred bytes each need far more than a default 8 MB stack.
        @Sendable func depth(_ n: Int) -> Int {
            var padding = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            padding.0 = n
            return n == 0 ? 0 : 1 + depth(n - 1) + padding.15
        }
        #expect(WorkerPool.map(1) { _ in depth(100_000) } == [100_000])
    }

    /// `start` returns at once and runs its work on a worker, beside the caller.
    @Test func startedWorkRunsOnAWorkerBesideTheCaller() {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let ranOn = Locked<ObjectIdentifier?>(nil)
        WorkerPool.start {
            ranOn.update { $0 = ObjectIdentifier(Thread.current) }
            started.signal()
            release.wait()
        }
        // The caller goes on while the work waits for it.
        #expect(started.wait(timeout: .now() + 60) == .success)
        #expect(ranOn.read() != nil && ranOn.read() != ObjectIdentifier(Thread.current))
        // A map meanwhile still finishes: the pool starts another thread for it.
        #expect(WorkerPool.map(4) { $0 } == [0, 1, 2, 3])
        release.signal()
    }

    @Test func aNarrowMapUsesOneWorker() {
        let threads = Locked(Set<ObjectIdentifier>())
        _ = WorkerPool.map(64, width: 1) { _ in threads.update { $0.insert(ObjectIdentifier(Thread.current)) } }
        #expect(threads.read().count == 1)
    }
}
