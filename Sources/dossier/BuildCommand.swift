import ArgumentParser
import DossierBuild
import Foundation

/// `dossier build`: builds the site once, on a thread of its own (see `OwnThread`).
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dossier: Markdown pages, the HTML site and dossier.json in the output folder."
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    func run() async throws {
        let options = site.buildOptions()
        let console = Console(quiet: quiet)
        var building = Pipeline(options: options, progress: console.progress)
        building.leavesResults = true
        building.handsOffReplacedSite = true
        let pipeline = building
        let interruption = InterruptCleanup(staging: OutputWriter(output: options.outputURL, displayPath: options.output))
        let report = await OwnThread.run { pipeline.build() }
        interruption.cancel()
        console.print(report, strict: options.strict)
        if report.failed(strict: options.strict) { throw ExitCode.failure }
    }
}
