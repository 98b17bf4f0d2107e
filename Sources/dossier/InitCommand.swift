import ArgumentParser
import DossierSite
import Foundation

/// `dossier init DIR`: scaffolds a new dossier with the built-in templates.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new dossier folder: dossier.yml, an empty content/articles/ and the default templates."
    )

    @Argument(help: ArgumentHelp("The folder to create (it must not exist or be empty).", valueName: "DIR"))
    var directory: String

    func run() throws {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: directory)
        if let entries = try? fm.contentsOfDirectory(atPath: root.path), !entries.isEmpty {
            Console.error("\(directory): error: the folder is not empty; choose a new folder name")
            throw ExitCode.failure
        }
        let title = root.standardizedFileURL.lastPathComponent
        let files: [(String, String)] = [
            ("content/dossier.yml", "title: \"\(title.replacingOccurrences(of: "\"", with: ""))\"\ndescription: \"\"\nlanguage: en\n"),
        ] + DefaultTemplates.templates.sorted { $0.key < $1.key }.map { ("templates/\($0.key).mustache", $0.value) }
          + DefaultTemplates.assets.sorted { $0.key < $1.key }.map { ("templates/\($0.key)", $0.value) }
        do {
            try fm.createDirectory(at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            Console.error("\(directory): error: cannot create the dossier: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("""
        Created \(directory): put articles (.txt or .md) in \(directory)/content/articles, then run
          cd \(directory) && dossier build
        """)
    }
}
