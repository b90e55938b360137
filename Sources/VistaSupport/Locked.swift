import Foundation

/// A value shared between threads (request handlers, the rebuild loop, workers), behind a lock.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// A value to share.
    public init(_ value: Value) { self.value = value }

    /// The value as it is now.
    public func read() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Changes the value while no other thread can read or change it; returns what `change` returns.
    @discardableResult
    public func update<T>(_ change: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return change(&value)
    }
}
