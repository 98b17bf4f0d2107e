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
    /// Articles this build parsed; fewer than `articlesRead` when a rebuild kept the others from the previous build.
    public var articlesParsed = 0
    /// Stages whose results a rebuild took from the previous build instead of running them again.
    public var reusedStages: [Stage] = []
    /// Files hard-linked from the previous output because their bytes did not change.
    public var filesLinked = 0
    /// Files a rebuild left as they were in the spare folder it rewrote, because their bytes did not change.
    public var filesKept = 0
    /// Files whose bytes did not change since the previous output, copied from it over the spare's own older file at
    /// their path (written over rather than deleted for a link: see `FileTreeWriter.write`).
    public var filesCopied = 0
    /// Pages put into their templates (the others' HTML did not change and was not made again).
    public var pagesRendered = 0
    /// Of the pages rendered, those whose Markdown was converted to HTML (the others' bodies were kept).
    public var pagesFromMarkdown = 0

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
