import VistaContent
import Foundation
import VistaSupport

/// The open event streams of the pages in browsers. A finished build publishes its generation to
/// all of them; shutting down ends them all, so that the server can stop.
final class ReloadHub: Sendable {
    /// What a stream receives.
    enum Message: Sendable, Equatable {
        /// A build finished: its generation.
        case build(Int)
        /// Nothing happened; keeps the connection open through proxies and finds closed ones.
        case keepAlive
    }

    private let streams = Locked<(next: Int, continuations: [Int: AsyncStream<Message>.Continuation], closed: Bool)>((0, [:], false))

    /// A new stream, and its id for `remove`. A hub that is closed gives a finished stream.
    func subscribe() -> (id: Int, stream: AsyncStream<Message>) {
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = streams.update { state -> Int in
            state.next += 1
            if state.closed { continuation.finish() } else { state.continuations[state.next] = continuation }
            return state.next
        }
        return (id, stream)
    }

    func remove(_ id: Int) {
        streams.update { $0.continuations.removeValue(forKey: id) }?.finish()
    }

    func publish(_ message: Message) {
        for continuation in streams.read().continuations.values { continuation.yield(message) }
    }

    /// Ends every stream, now and later.
    func close() {
        let open = streams.update { state -> [AsyncStream<Message>.Continuation] in
            state.closed = true
            defer { state.continuations = [:] }
            return Array(state.continuations.values)
        }
        for continuation in open { continuation.finish() }
    }
}
