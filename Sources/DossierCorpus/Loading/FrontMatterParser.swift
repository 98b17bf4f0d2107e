import DossierCore
import Foundation
import Yams

/// Splits `---` YAML front matter off a Markdown article and reads its fields.
public enum FrontMatterParser {
    /// The front matter and the body; a diagnostic with the file's line when the YAML is broken or unclosed.
    public static func split(_ text: String, path: String) throws(Diagnostic) -> (FrontMatter, body: String, bodyStartLine: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return (FrontMatter(), text, 1)
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0.trimmingCharacters(in: .whitespaces) == "..." }) else {
            throw .error(
                "front matter is not closed: add a line with `---` after the last field",
                at: SourceLocation(file: path, line: 1, column: 1))
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        let bodyStartLine = end + 3
        let fields = try parseYAML(yaml, path: path, firstLine: 2)
        return (try frontMatter(from: fields, path: path), body, bodyStartLine)
    }

    static func parseYAML(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> [String: Any] {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw YAMLDiagnostics.diagnostic(for: error, path: path, lineOffset: firstLine - 1, what: "front matter")
        }
        guard let loaded else { return [:] }
        guard let mapping = loaded as? [String: Any] else {
            throw .error("front matter must be `key: value` lines", at: SourceLocation(file: path, line: firstLine, column: 1))
        }
        return mapping
    }

    static func frontMatter(from fields: [String: Any], path: String) throws(Diagnostic) -> FrontMatter {
        var matter = FrontMatter()
        for (key, value) in fields {
            switch key {
            case "title": matter.title = scalarString(value)
            case "outlet": matter.outlet = scalarString(value)
            case "origin": matter.origin = scalarString(value)
            case "published", "date": matter.published = publishedDate(value)
            case "url": matter.url = scalarString(value)
            case "authors", "author":
                if let list = value as? [Any] { matter.authors = list.compactMap(scalarString) }
                else if let one = scalarString(value) { matter.authors = [one] }
            default:
                if let text = scalarString(value) { matter.extraFields[key] = text }
            }
        }
        return matter
    }

    static func scalarString(_ value: Any) -> String? {
        switch value {
        case let text as String: return text.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as Int: return String(number)
        case let number as Double: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        case let date as Date: return isoDay(date)
        default: return nil
        }
    }

    static func publishedDate(_ value: Any) -> String? {
        if let date = value as? Date { return isoDay(date) }
        guard let text = scalarString(value) else { return nil }
        let prefix = String(text.prefix(10))
        return prefix.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil ? prefix : text
    }

    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
