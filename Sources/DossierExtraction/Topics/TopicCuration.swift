import DossierCore
import Foundation
import Yams

/// `content/topics.yml`: topics the user defines, and discovered topics to rename, merge or drop.
///
/// ```yaml
/// topics:                      # defined topics, found by their keywords in every source
///   - name: Humanitarian aid
///     description: Aid into Gaza and its blockade
///     keywords: [humanitarian aid, food prices]
/// rename: {direct-talks: US–Hamas talks}   # discovered topic (id, name or keyword) → new name
/// merge: {truce: ceasefire}                # discovered topic → the topic it joins
/// drop: [white-house]                      # discovered topics to leave out
/// ```
public struct TopicCuration: Sendable, Hashable {
    /// A topic the user defines.
    public struct Definition: Sendable, Hashable {
        public var name: String
        public var description: String?
        public var keywords: [String]

        public init(name: String, description: String? = nil, keywords: [String]) {
            self.name = name
            self.description = description
            self.keywords = keywords
        }
    }

    public var definitions: [Definition]
    /// Lower-cased id, name or keyword of a discovered topic → its new name.
    public var renames: [String: String]
    /// Lower-cased id, name or keyword of a discovered topic → the topic it joins.
    public var merges: [String: String]
    public var drops: Set<String>

    public init(definitions: [Definition] = [], renames: [String: String] = [:], merges: [String: String] = [:], drops: Set<String> = []) {
        self.definitions = definitions
        self.renames = renames.lowercasedKeys
        self.merges = merges.lowercasedKeys
        self.drops = Set(drops.map { $0.lowercased() })
    }

    /// Reads the file; a file that cannot be read gives no curation and an error that says what to fix.
    public static func load(from curation: CurationFolder) -> (TopicCuration, [Diagnostic]) {
        guard let (url, shown) = curation.file("topics.yml") else { return (TopicCuration(), []) }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return parse(text, shown: shown)
        } catch {
            return (TopicCuration(), [.error("topics.yml could not be read: \(error)", at: SourceLocation(file: shown))])
        }
    }

    /// Parses the YAML text; `shown` is the path printed in diagnostics.
    public static func parse(_ text: String, shown: String) -> (TopicCuration, [Diagnostic]) {
        let node: Any?
        do {
            node = try Yams.load(yaml: text)
        } catch {
            return (TopicCuration(), [.error("topics.yml is not valid YAML: \(error)", at: SourceLocation(file: shown))])
        }
        guard let root = node as? [String: Any] else {
            if node == nil { return (TopicCuration(), []) }
            return (TopicCuration(), [.error("topics.yml must be a mapping with `topics`, `rename`, `merge` or `drop`", at: SourceLocation(file: shown))])
        }
        var diagnostics: [Diagnostic] = []
        for key in root.keys.sorted() where !["topics", "rename", "merge", "drop"].contains(key) {
            diagnostics.append(.warning("topics.yml: unknown key `\(key)` is ignored; use `topics`, `rename`, `merge` or `drop`", at: SourceLocation(file: shown)))
        }
        var definitions: [Definition] = []
        for (index, item) in ((root["topics"] as? [Any]) ?? []).enumerated() {
            guard let fields = item as? [String: Any], let name = fields["name"].map({ "\($0)" }), !name.isEmpty else {
                diagnostics.append(.warning("topics.yml: topic \(index + 1) has no `name` and is ignored", at: SourceLocation(file: shown)))
                continue
            }
            let keywords = ((fields["keywords"] as? [Any]) ?? []).map { "\($0)" }.filter { !$0.isEmpty }
            definitions.append(Definition(name: name, description: fields["description"].map { "\($0)" },
                                          keywords: keywords.isEmpty ? [name] : keywords))
        }
        let renames = stringMap(root["rename"])
        let merges = stringMap(root["merge"])
        let drops = Set(((root["drop"] as? [Any]) ?? []).map { "\($0)" })
        return (TopicCuration(definitions: definitions, renames: renames, merges: merges, drops: drops), diagnostics)
    }

    private static func stringMap(_ node: Any?) -> [String: String] {
        var map: [String: String] = [:]
        for (key, value) in (node as? [String: Any]) ?? [:] { map[key] = "\(value)" }
        return map
    }
}

private extension Dictionary where Key == String, Value == String {
    var lowercasedKeys: [String: String] {
        Dictionary(map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
