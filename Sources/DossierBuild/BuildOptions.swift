import Foundation

/// What a build reads and writes; paths as the user gave them.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var strict: Bool

    public init(content: String = "content", templates: String = "templates", output: String = "output", strict: Bool = false) {
        self.content = content
        self.templates = templates
        self.output = output
        self.strict = strict
    }

    func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    public var contentURL: URL { url(content) }
    public var templatesURL: URL { url(templates) }
    public var outputURL: URL { url(output) }
}
