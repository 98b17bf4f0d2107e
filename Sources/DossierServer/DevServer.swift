import DossierBuild
import FlyingFox
import FlyingSocks
import Foundation

/// The dev server (`dossier serve`): builds, serves the output folder, rebuilds on change and reloads open pages.
/// `start()` builds once and listens; `run()` waits until `stop()`, which Ctrl-C calls.
public actor DevServer {
    private let buildOptions: BuildOptions
    private let serveOptions: ServeOptions
    private let observer: any ServeObserver
    private let liveReload = LiveReload()
    private let rebuilds: RebuildLoop
    private var server: HTTPServer?
    private var serverTask: Task<Void, any Error>?
    private var watcher: (any FolderWatcher)?
    private var isStopping = false

    public init(build: BuildOptions, serve: ServeOptions = ServeOptions(), observer: any ServeObserver = SilentServeObserver()) {
        self.buildOptions = build
        self.serveOptions = serve
        self.observer = observer
        var pipeline = Pipeline(options: build)
        // Rebuilds redo only what a change needs: the articles, extraction and written files stay in memory.
        pipeline.memory = BuildMemory()
        self.rebuilds = RebuildLoop(pipeline: pipeline, liveReload: liveReload, observer: observer, preparesSpare: serve.watch)
    }

    /// Builds the site, then listens; returns the port it listens on. A failed build still serves (the old output, or 404s)
    /// so the browser can show the errors.
    public func start() async throws(ServeError) -> Int {
        guard (0...Int(UInt16.max)).contains(serveOptions.port) else {
            throw .cannotListen(host: serveOptions.host, port: serveOptions.port, reason: "a port is a number from 1 to 65535 (0 takes any free port)")
        }
        let address = try ServerAddress(host: serveOptions.host, port: UInt16(serveOptions.port))
        try address.checkAvailable()
        _ = await rebuilds.buildNow()
        // Ctrl-C during the first build: stop() has run already, so do not start listening.
        guard !isStopping else { throw .interrupted }
        let port = try await listen(on: address)
        if serveOptions.watch { startWatching() }
        return port
    }

    /// The URL of the site's front page.
    public func url(port: Int) -> String {
        let host = (try? ServerAddress(host: serveOptions.host, port: 0))?.authority(port: port) ?? "\(serveOptions.host):\(port)"
        return "http://\(host)/"
    }

    /// Returns once the server has stopped.
    public func run() async {
        _ = try? await serverTask?.value
    }

    /// Stops watching and building, closes the pages' sockets and the server, and removes a half-written build.
    public func stop() async {
        guard !isStopping else { return }
        isStopping = true
        watcher?.stop()
        rebuilds.stop()
        liveReload.disconnectAll()
        await server?.stop(timeout: 0.25)
        serverTask?.cancel()
        OutputWriter(output: buildOptions.outputURL, displayPath: buildOptions.output).removeStaging()
    }

    /// What open pages were last told: the current build, and the errors of a failed one.
    nonisolated var status: BuildStatus { liveReload.current }

    /// How long the server may take to start listening before serve gives up.
    static let listeningTimeout: TimeInterval = 30

    private func listen(on address: ServerAddress) async throws(ServeError) -> Int {
        let handler = ServeHandler(root: buildOptions.outputURL, liveReload: serveOptions.watch ? liveReload : nil,
                                   hostCheck: HostCheck(listeningOn: serveOptions.host))
        let server = HTTPServer(config: HTTPServer.Configuration(address: address.socketAddress, logger: .disabled), handler: handler)
        let task = Task { try await server.run() }
        self.server = server
        self.serverTask = task
        do {
            // An address in use is found before (`checkAvailable`). The wait ends when the server listens; it may be
            // long for a server whose task is not run yet: with every cooperative thread busy (the whole test suite on
            // two cores at a load above 10) a server once started after more than 5 s, and serve gave up on it. A bind
            // that fails after the check (another process took the port in between) is reported after the wait.
            try await server.waitUntilListening(timeout: Self.listeningTimeout)
        } catch {
            task.cancel()
            let failure = await task.result
            if case .failure(SocketError.failed(_, let code, let message)) = failure {
                throw ServerAddress.error(errno: code, message: message, host: address.host, port: Int(address.port))
            }
            throw .cannotListen(host: address.host, port: Int(address.port), reason: "the server did not start")
        }
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): return Int(port)
        default: return Int(address.port)
        }
    }

    private func startWatching() {
        let folders = WatchedFolders(roots: [buildOptions.contentURL, buildOptions.templatesURL], output: buildOptions.outputURL)
        #if canImport(Glibc)
        let watcher: any FolderWatcher = InotifyWatcher(folders: folders) ?? PollingWatcher(folders: folders)
        #else
        let watcher: any FolderWatcher = PollingWatcher(folders: folders)
        #endif
        let rebuilds = self.rebuilds
        watcher.start { rebuilds.noteChange() }
        self.watcher = watcher
    }
}
