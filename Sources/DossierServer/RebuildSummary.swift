import DossierBuild
import Foundation

/// The line `dossier serve` prints after each build: how long it took against the first (full) build, and what it
/// redid or kept from the build before.
public enum RebuildSummary {
    public static func line(for report: BuildReport, firstBuildSeconds: Double?) -> String {
        var time = String(format: "%.2f s", report.seconds)
        if let firstBuildSeconds, firstBuildSeconds > 0 {
            time += String(format: ", %.2f× the first build", report.seconds / firstBuildSeconds)
        }
        var parts = ["parsed \(report.articlesParsed) of \(report.articlesRead) article\(report.articlesRead == 1 ? "" : "s")"]
        if !report.reusedStages.isEmpty {
            parts.append("kept " + report.reusedStages.map(\.rawValue).joined(separator: ", "))
        }
        if report.wroteOutput {
            parts.append("rendered \(report.pagesRendered) page\(report.pagesRendered == 1 ? "" : "s") (\(report.pagesFromMarkdown) from Markdown)")
            let written = report.filesWritten - report.filesLinked - report.filesKept - report.filesCopied
            let copied = report.filesCopied > 0 ? ", copied \(report.filesCopied)" : ""
            parts.append("wrote \(written) file\(written == 1 ? "" : "s"), kept \(report.filesKept)\(copied) and linked \(report.filesLinked) unchanged")
        }
        return "Build took \(time): " + parts.joined(separator: "; ") + "."
    }
}
