import ArgumentParser
import DossierBuild
import DossierServer
import Foundation

/// `dossier serve`: builds, serves the output folder, rebuilds on change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the dossier, serve it over HTTP, and rebuild and reload the open pages when content or templates change."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 127.0.0.1 keeps the site on this machine, 0.0.0.0 shares it on the network.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "PORT"))
    var port = 8000

    @Flag(name: .long, help: "Build once and serve the output as it is: no watching, no rebuilds, no live reload.")
    var noWatch = false

    func run() async throws {
        let options = site.buildOptions()
        let server = DevServer(build: options, serve: ServeOptions(host: host, port: port, watch: !noWatch), observer: ServeConsole())
        let serving = ServingFlag()
        let signals = StopSignals {
            guard serving.isSet else {
                // Ctrl-C during the first build: leave at once, as `dossier build` does.
                OutputWriter(output: options.outputURL, displayPath: options.output).removeStaging()
                Console.error("\ndossier: interrupted; the output folder was not changed")
                Foundation.exit(130)
            }
            Task { await server.stop() }
        }
        defer { signals.cancel() }
        let listening: Int
        do {
            listening = try await server.start()
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        serving.set()
        let watching = noWatch ? "" : "; watching \(options.content) and \(options.templates) for changes"
        Console.error("Serving \(options.output) at \(await server.url(port: listening))\(watching). Press Ctrl-C to stop.")
        await server.run()
        Console.error("Stopped.")
    }
}

/// Prints each build as `dossier build` does, with a line when a change starts a rebuild and one on what each
/// build redid and how long it took against the first.
private final class ServeConsole: ServeObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var firstBuildSeconds: Double?

    func rebuildStarted() {
        Console.error("Change seen; rebuilding…")
    }

    func buildFinished(_ report: BuildReport, strict: Bool) {
        Console(quiet: false).print(report, strict: strict)
        let first = lock.withLock { () -> Double? in
            defer { if firstBuildSeconds == nil { firstBuildSeconds = report.seconds } }
            return firstBuildSeconds
        }
        Console.error(RebuildSummary.line(for: report, firstBuildSeconds: first))
        if report.failed(strict: strict) {
            Console.error("The browser shows these errors until the next good build; the last good site is still served.")
        }
    }
}

/// Set once the server listens; read from the signal handler's queue.
private final class ServingFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
