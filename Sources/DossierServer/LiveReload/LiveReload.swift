import FlyingFox
import Foundation

/// The open pages: each holds a socket, and every build's status is sent to all of them.
/// Locked rather than an actor because the build thread publishes synchronously, in order.
final class LiveReload: @unchecked Sendable {
    private let lock = NSLock()
    private var status: BuildStatus
    private var generation = 0
    /// Makes build names differ between server runs, so a page left open across a restart reloads.
    private let runName: String
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    init(runName: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
        self.runName = runName
        self.status = BuildStatus(build: "\(runName)-0", errors: [])
    }

    /// The status now: the build a page served now belongs to, and the errors to show.
    var current: BuildStatus {
        lock.withLock { status }
    }

    /// The number of pages listening, for tests and the terminal.
    var clientCount: Int {
        lock.withLock { clients.count }
    }

    /// Records a finished build and tells every open page: `problems` is nil when the build replaced the site.
    func publish(problems: [String]?) {
        let (message, listeners) = lock.withLock { () -> (String, [AsyncStream<WSMessage>.Continuation]) in
            if problems == nil { generation += 1 }
            status = BuildStatus(build: "\(runName)-\(generation)", errors: problems ?? [])
            return (status.message, Array(clients.values))
        }
        for listener in listeners { listener.yield(.text(message)) }
    }

    /// A new page's stream of messages; it starts with the current status.
    func connect() -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in self?.disconnect(id) }
        let message = lock.withLock { () -> String in
            clients[id] = continuation
            return status.message
        }
        continuation.yield(.text(message))
        return stream
    }

    /// Ends every page's stream, so their sockets close before the server stops.
    func disconnectAll() {
        let listeners = lock.withLock { () -> [AsyncStream<WSMessage>.Continuation] in
            defer { clients.removeAll() }
            return Array(clients.values)
        }
        for listener in listeners { listener.finish() }
    }

    private func disconnect(_ id: UUID) {
        _ = lock.withLock { clients.removeValue(forKey: id) }
    }
}
