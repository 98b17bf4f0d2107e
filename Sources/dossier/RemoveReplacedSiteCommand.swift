import ArgumentParser
import DossierBuild
import Foundation

/// `dossier remove-replaced-site OUTPUT FOLDER`, not shown in the help: what `dossier build` starts, detached, to delete
/// the site it replaced (see `ReplacedSiteHandOff`). It deletes only a `removing` folder beside that output.
struct RemoveReplacedSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ReplacedSiteHandOff.commandName,
        abstract: "Delete a site a build replaced (started by `dossier build`).",
        shouldDisplay: false
    )

    @Argument(help: "The output folder the site was replaced in.")
    var output: String

    @Argument(help: "The replaced site, under its `removing` name beside the output.")
    var folder: String

    func run() throws {
        guard ReplacedSiteHandOff.remove(URL(fileURLWithPath: folder), besideOutput: URL(fileURLWithPath: output)) else {
            FileHandle.standardError.write(Data("dossier: \(folder) is not a replaced site beside \(output); nothing was deleted\n".utf8))
            throw ExitCode.failure
        }
    }
}
