import DossierBuild

/// Told what the dev server does, for the terminal: the CLI prints, tests stay silent.
public protocol ServeObserver: Sendable {
    /// A change was seen and a rebuild begins.
    func rebuildStarted()
    /// A build ended; `strict` says whether warnings failed it.
    func buildFinished(_ report: BuildReport, strict: Bool)
}

/// Reports nothing.
public struct SilentServeObserver: ServeObserver {
    public init() {}
    public func rebuildStarted() {}
    public func buildFinished(_ report: BuildReport, strict: Bool) {}
}
