import ArgumentParser
import DossierBuild

/// The folders every command that builds reads and writes.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of articles (.txt, .md) and configuration (dossier.yml).", valueName: "DIR"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The folder of templates; a template missing there falls back to the built-in one.", valueName: "DIR"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp("The folder the site is written to; replaced only when the build succeeds.", valueName: "DIR"))
    var output = "output"

    @Flag(name: .long, help: "Treat warnings as errors: the output is left unchanged when there is any warning.")
    var strict = false

    func buildOptions() -> BuildOptions {
        BuildOptions(content: content, templates: templates, output: output, strict: strict)
    }
}
