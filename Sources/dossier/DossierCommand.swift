import ArgumentParser

/// `dossier`: turns a folder of news articles into a briefing dossier site.
@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a corpus of news articles into a briefing dossier: who's who, topics, sources, figures.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExplainCommand.self, InitCommand.self, ServeCommand.self, RemoveReplacedSiteCommand.self]
    )
}
