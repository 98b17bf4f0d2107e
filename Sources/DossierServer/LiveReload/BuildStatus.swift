import DossierBuild
import DossierCore
import Foundation

/// What open pages are told after each build: which site is current, and the problems of a failed build.
/// A page reloads when `build` differs from the one it was served with, and shows `errors` as an overlay.
struct BuildStatus: Codable, Equatable, Sendable {
    /// Names the site now in the output folder; changes only when a build replaces it.
    var build: String
    /// The diagnostics of the last build when it failed, as printed on the terminal; empty after a good build.
    var errors: [String]

    var failed: Bool { !errors.isEmpty }

    /// The problems of a failed build as printed on the terminal (strict turns warnings into errors); nil when it succeeded.
    static func problems(of report: BuildReport, strict: Bool) -> [String]? {
        guard report.failed(strict: strict) else { return nil }
        let problems = report.diagnostics.sorted.map { diagnostic in
            strict && diagnostic.severity == .warning ? Diagnostic(.error, diagnostic.message, at: diagnostic.location).description : diagnostic.description
        }
        return problems.isEmpty ? ["dossier: error: the build failed; the output folder was not changed"] : problems
    }

    /// The JSON message sent over the socket, keys sorted.
    var message: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
