import ArgumentParser
import Foundation

/// `dossier explain`: why a name was kept as a person and why values share a row of the figures table, read from
/// the `dossier.json` of the last build.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why a name was kept as a person, or why values share a row of the figures table.",
        discussion: "Reads dossier.json in the output folder, so run `dossier build` first."
    )

    @Argument(help: ArgumentHelp("A person's name or alias, or a figure's measure or row id; any part of it, any case.",
                                 valueName: "NAME_OR_MEASURE"))
    var term: String

    @Option(name: .long, help: ArgumentHelp("The folder a build wrote, with dossier.json in it.", valueName: "DIR"))
    var output = "output"

    func run() throws {
        let shown = output.hasSuffix("/") ? output + "dossier.json" : output + "/dossier.json"
        guard let data = FileManager.default.contents(atPath: shown) else {
            Console.error("\(shown): error: no dossier to explain: run `dossier build` first, or name its folder with --output")
            throw ExitCode.failure
        }
        let dossier: ExplainedDossier
        do { dossier = try JSONDecoder().decode(ExplainedDossier.self, from: data) } catch {
            Console.error("\(shown): error: not a dossier.json this version writes: run `dossier build` again")
            throw ExitCode.failure
        }
        let lines = dossier.explanation(of: term)
        guard !lines.isEmpty else {
            Console.error("error: no person or figure matches “\(term)”: try part of a name or a measure as the site shows it")
            throw ExitCode.failure
        }
        print(lines.joined(separator: "\n"))
    }
}
