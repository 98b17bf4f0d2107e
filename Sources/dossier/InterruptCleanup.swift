import DossierBuild
import Foundation

/// On Ctrl-C or SIGTERM during a build, removes the temporary folder and exits, leaving the output as it was.
final class InterruptCleanup: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(staging writer: OutputWriter) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                writer.removeStaging()
                FileHandle.standardError.write(Data("\ndossier: interrupted; the output folder was not changed\n".utf8))
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
