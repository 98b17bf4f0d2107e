import DossierCore
import DossierCorpus
import Foundation
import Yams

/// Reads `content/dossier.yml`; without it, the title comes from the content folder's name.
enum ConfigurationLoader {
    static func load(contentFolder: URL, displayPath: String) -> (DossierConfiguration, [Diagnostic]) {
        let fallback = DossierConfiguration(title: defaultTitle(for: contentFolder))
        let url = contentFolder.appendingPathComponent("dossier.yml")
        let shown = displayPath.isEmpty ? "dossier.yml" : "\(displayPath)/dossier.yml"
        guard FileManager.default.fileExists(atPath: url.path) else { return (fallback, []) }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            return (fallback, [.error("cannot read dossier.yml as UTF-8 text", at: SourceLocation(file: shown))])
        }
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            return (fallback, [YAMLDiagnostics.diagnostic(for: error, path: shown, lineOffset: 0, what: "dossier.yml")])
        }
        guard let fields = loaded as? [String: Any] else {
            if loaded == nil { return (fallback, []) }
            return (fallback, [.error("dossier.yml must be `key: value` lines (title, description, base_url, language, search)", at: SourceLocation(file: shown, line: 1))])
        }
        var configuration = fallback
        var diagnostics: [Diagnostic] = []
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            let setting = (value as? String) ?? "\(value)"
            switch key {
            case "title": configuration.title = setting
            case "description": configuration.description = setting
            case "base_url", "baseURL", "base-url": configuration.baseURL = setting
            case "language": configuration.language = setting
            case "search":
                if let on = switchValue(setting) {
                    configuration.search = on
                } else {
                    diagnostics.append(.warning("`search: \(setting)` in dossier.yml is not `true` or `false`; search stays on",
                                                at: SourceLocation(file: shown, line: line(of: key, in: text))))
                }
            default:
                diagnostics.append(.warning("unknown setting `\(key)` in dossier.yml (known: title, description, base_url, language, search); ignored",
                                            at: SourceLocation(file: shown, line: line(of: key, in: text))))
            }
        }
        return (configuration, diagnostics)
    }

    /// `true`/`false` as YAML writes a switch (`yes`, `off`, …); nil for anything else.
    static func switchValue(_ setting: String) -> Bool? {
        switch setting.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// `my-story` → `My story`.
    static func defaultTitle(for folder: URL) -> String {
        var name = folder.standardizedFileURL.lastPathComponent
        if name == "content" { name = folder.standardizedFileURL.deletingLastPathComponent().lastPathComponent }
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        let title = words.prefix(1).uppercased() + words.dropFirst()
        return title.isEmpty ? "Dossier" : title
    }

    static func line(of key: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("\(key):") {
            return index + 1
        }
        return nil
    }
}
