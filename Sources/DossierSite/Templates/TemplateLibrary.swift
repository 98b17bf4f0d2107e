import DossierCore
import Foundation
import Mustache

/// The templates of a build: the user's `templates/` folder, with the built-in template for any file it lacks.
/// swift-mustache HTML-escapes `{{value}}`; only `{{{content}}}`, HTML we rendered, is printed raw.
public struct TemplateLibrary: Sendable {
    private var library: MustacheLibrary
    /// Static files for the site root (stylesheet), name → content.
    public private(set) var assets: [String: Data]
    /// The Mustache text of each template, by name: two libraries with the same render every page alike.
    public let sources: [String: String]
    /// The names of the templates (a template may include another named by a variable, `{{>*name}}`).
    public let names: Set<String>

    /// Loads the templates; every template that does not parse is a diagnostic naming its file and line.
    public init(folder: URL?, displayPath: String = "templates") throws(DiagnosticList) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var assets = DefaultTemplates.assets.mapValues { Data($0.utf8) }
        var sources = DefaultTemplates.templates.mapValues { ($0, "built-in template") }
        if let folder, FileManager.default.fileExists(atPath: folder.path) {
            for name in Self.files(in: folder) {
                let url = folder.appendingPathComponent(name)
                let shown = displayPath.isEmpty ? name : "\(displayPath)/\(name)"
                if name.hasSuffix(".mustache") {
                    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                        diagnostics.append(.error("cannot read the template as UTF-8 text", at: SourceLocation(file: shown)))
                        continue
                    }
                    sources[String(name.dropLast(".mustache".count))] = (text, shown)
                } else if name != "README.md", let data = try? Data(contentsOf: url) {
                    assets[name] = data
                }
            }
        }
        for (name, (text, shown)) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template does not parse: \(Self.describe(error.error)); near `\(error.context.line.trimmingCharacters(in: .whitespaces))`",
                    at: SourceLocation(file: shown, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template does not parse: \(error)", at: SourceLocation(file: shown)))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.library = library
        self.assets = assets
        self.sources = sources.mapValues(\.0)
        names = Set(sources.keys)
    }

    /// Renders the named template (falling back to `section`) with a context.
    public func render(_ template: String, context: [String: Any]) -> String {
        let name = library.getTemplate(named: template) != nil ? template : "section"
        return library.render(context, withTemplate: name) ?? ""
    }

    /// Files directly in the folder and its subfolders, relative, sorted.
    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var names: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                names.append(path)
            }
        }
        return names.sorted()
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with `}}`"
        case .expectedSectionEnd: return "a section is never closed: add its `{{/name}}`"
        case .invalidSetDelimiter: return "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only `{{$block}}` sections may stand inside `{{<parent}}`"
        case .textInsideInheritSection: return "text inside `{{<parent}}` must be within a `{{$block}}`"
        case .invalidConfigVariableSyntax: return "the configuration tag is malformed"
        case .unrecognisedConfigVariable: return "unknown configuration variable"
        }
    }
}
