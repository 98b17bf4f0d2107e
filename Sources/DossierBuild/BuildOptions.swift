import Foundation

/// What a build reads and writes; paths as the user gave them, relative to `workingDirectory`.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var strict: Bool
    /// The folder relative paths start from: the current directory unless a caller (a test, the server) says otherwise.
    public var workingDirectory: URL

    public init(content: String = "content", templates: String = "templates", output: String = "output", strict: Bool = false,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.content = content
        self.templates = templates
        self.output = output
        self.strict = strict
        self.workingDirectory = workingDirectory
    }

    func url(_ path: String) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    public var contentURL: URL { url(content) }
    public var templatesURL: URL { url(templates) }
    public var outputURL: URL { url(output) }
}
