import ArgumentParser
import DossierBuild

/// `dossier`: turns a folder of news articles into a briefing dossier site.
@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a corpus of news articles into a briefing dossier: who's who, topics, sources, figures.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExplainCommand.self, InitCommand.self, ServeCommand.self, RemoveReplacedSiteCommand.self]
    )

    /// Asks whether mimalloc serves the process's allocations (which keeps the link to it in the binary; see
    /// `SystemAllocator`), then parses the command line and runs the command.
    static func main() async {
        SystemAllocator.configure()
        await main(nil)
    }
}
