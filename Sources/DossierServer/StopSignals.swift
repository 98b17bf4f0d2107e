import Foundation

/// Ctrl-C and SIGTERM: the first asks the server to stop cleanly, a second one exits at once.
public final class StopSignals: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var received = 0

    public init(onStop: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                let count = lock.withLock { () -> Int in
                    received += 1
                    return received
                }
                if count > 1 { exit(130) }
                onStop()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Puts the default handlers back.
    public func cancel() {
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
