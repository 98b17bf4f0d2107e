import DossierBuild
import Foundation

/// On Ctrl-C or SIGTERM during a build, removes the temporary folder and exits, leaving the output as it was
/// (or, when the signal came just after the swap, as the new build made it: never half of each).
final class InterruptCleanup: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(staging writer: OutputWriter) {
        let outputBefore = Self.identity(of: writer.output.path)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                writer.removeStaging()
                let swapped = Self.identity(of: writer.output.path) != outputBefore
                let outcome = swapped ? "the new site had already been swapped in" : "the output folder was not changed"
                FileHandle.standardError.write(Data("\ndossier: interrupted; \(outcome)\n".utf8))
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

    /// The device and inode of a folder: they change when another folder is swapped in under its name.
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
