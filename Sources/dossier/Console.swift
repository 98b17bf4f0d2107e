import DossierBuild
import DossierCore
import Foundation

/// What the CLI prints: progress by stage on a terminal, diagnostics on stderr, the summary.
struct Console: Sendable {
    var quiet: Bool
    var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    var progress: any BuildProgress {
        quiet || !isTerminal ? SilentProgress() : StageProgress()
    }

    func print(_ report: BuildReport, strict: Bool) {
        for diagnostic in report.diagnostics.sorted {
            let shown = strict && diagnostic.severity == .warning ? Diagnostic(.error, diagnostic.message, at: diagnostic.location) : diagnostic
            Console.error(shown.description)
        }
        guard !quiet else { return }
        let warnings = report.diagnostics.warnings.count
        let errors = report.diagnostics.errors.count
        let seconds = String(format: "%.2f", report.seconds)
        if report.wroteOutput {
            Console.error("Built \(report.pagesWritten) pages from \(report.articlesRead) articles (\(report.articlesSkipped) skipped) in \(seconds) s; \(warnings) warning\(warnings == 1 ? "" : "s").")
        } else {
            Console.error("Build failed: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(seconds) s; the output folder was not changed.")
        }
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Shows each stage as it runs, with what it made and how long it took.
final class StageProgress: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private var started: [Stage: Date] = [:]

    func stageStarted(_ stage: Stage) {
        lock.withLock { started[stage] = Date() }
        FileHandle.standardError.write(Data("\u{1B}[2K\r\(stage.rawValue)…".utf8))
    }

    func stageFinished(_ stage: Stage, count: Int) {
        let seconds = lock.withLock { started[stage].map { Date().timeIntervalSince($0) } ?? 0 }
        let line = "\(stage.rawValue): \(count) (\(String(format: "%.2f", seconds)) s)"
        FileHandle.standardError.write(Data("\u{1B}[2K\r\(line)\n".utf8))
    }
}
