import DossierCore

/// What a build did, for the summary line and for the dev server.
public struct BuildReport: Sendable {
    public var articlesRead = 0
    public var articlesSkipped = 0
    public var pagesWritten = 0
    public var filesWritten = 0
    public var diagnostics = Diagnostics()
    public var seconds = 0.0
    /// True when the output folder was replaced with the new site.
    public var wroteOutput = false

    public init() {}

    public func failed(strict: Bool) -> Bool { diagnostics.failsBuild(strict: strict) || !wroteOutput }
}

/// Told about each stage as it starts and ends, with a count of what it made.
public protocol BuildProgress: Sendable {
    func stageStarted(_ stage: Stage)
    func stageFinished(_ stage: Stage, count: Int)
}

/// Reports nothing.
public struct SilentProgress: BuildProgress {
    public init() {}
    public func stageStarted(_ stage: Stage) {}
    public func stageFinished(_ stage: Stage, count: Int) {}
}
