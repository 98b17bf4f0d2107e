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

/// Shows each stage as it runs, with what it made, how long it took and the processor time the process spent in it
/// (user and system, all threads; twice the seconds means two cores were kept busy).
final class StageProgress: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private var started: [Stage: (wall: Date, processor: Double)] = [:]

    func stageStarted(_ stage: Stage) {
        let now = (wall: Date(), processor: Self.processorSeconds())
        lock.withLock { started[stage] = now }
        FileHandle.standardError.write(Data("\u{1B}[2K\r\(stage.rawValue)…".utf8))
    }

    func stageFinished(_ stage: Stage, count: Int) {
        let start = lock.withLock { started[stage] }
        let seconds = start.map { Date().timeIntervalSince($0.wall) } ?? 0
        let processor = start.map { Self.processorSeconds() - $0.processor } ?? 0
        let line = "\(stage.rawValue): \(count) (processor \(String(format: "%.2f", processor)) s, \(String(format: "%.2f", seconds)) s)"
        FileHandle.standardError.write(Data("\u{1B}[2K\r\(line)\n".utf8))
    }

    /// User and system time of the whole process so far.
    private static func processorSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
