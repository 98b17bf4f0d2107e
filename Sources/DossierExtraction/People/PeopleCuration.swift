import DossierCore
import Foundation
import Yams

/// `content/people.yml`: the user's corrections, applied after the automatic pass.
///
/// ```yaml
/// - person: Netanyahu              # any name or alias the dossier found (required)
///   name: Benjamin Netanyahu       # the display name
///   role: Prime Minister of Israel # shown first
///   aliases: [Bibi]                # more forms of this person, found anywhere in the corpus
///   merge: [Bibi Netanyahu]        # other people who are this one
///   split: [Yair Netanyahu]        # forms that are someone else: they become a person of their own
/// - person: Truth Social
///   exclude: true                  # not a person
/// ```
public struct PeopleCuration: Sendable {
    /// One entry of the file, with the line it starts on.
    struct Entry: Sendable {
        var person: String
        var line: Int
        var name: String?
        var role: String?
        var aliases: [String] = []
        var merge: [String] = []
        var split: [String] = []
        var exclude = false
    }

    var entries: [Entry] = []
    var file = "content/people.yml"
    var diagnostics: [Diagnostic] = []

    public init() {}

    /// Reads the file's text; problems with its shape are warnings with their line.
    public init(yaml: String, file: String) {
        self.file = file
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            diagnostics.append(.warning("people.yml is not valid YAML (\(error)); no curation applied", at: SourceLocation(file: file)))
            return
        }
        guard let node else { return }
        guard let list = node.sequence else {
            diagnostics.append(.warning("people.yml must be a list of entries starting with `- person: NAME`", at: location(node)))
            return
        }
        for item in list {
            guard let mapping = item.mapping, let person = mapping["person"]?.string else {
                diagnostics.append(.warning("entry without `person:`: add the name of the person it is about", at: location(item)))
                continue
            }
            var entry = Entry(person: person, line: item.mark?.line ?? 0)
            entry.name = mapping["name"]?.string
            entry.role = mapping["role"]?.string
            entry.aliases = Self.strings(mapping["aliases"])
            entry.merge = Self.strings(mapping["merge"])
            entry.split = Self.strings(mapping["split"])
            entry.exclude = mapping["exclude"]?.bool ?? false
            entries.append(entry)
        }
    }

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line)
    }

    private static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let single = node.string { return [single] }
        return node.sequence?.compactMap(\.string) ?? []
    }

    /// Applies every entry in order; an entry or a name in it that matches nothing is a warning with its line.
    func apply(to drafts: inout PersonDrafts) -> [Diagnostic] {
        var warnings = diagnostics
        for entry in entries {
            let at = SourceLocation(file: file, line: entry.line)
            guard let target = drafts.draft(named: entry.person) ?? drafts.addDraft(forForm: entry.person) else {
                warnings.append(.warning("people.yml: no person named \"\(entry.person)\" was found; check the spelling against the who's who", at: at))
                continue
            }
            if entry.exclude {
                drafts.drafts[target].occurrences = []
                continue
            }
            if let name = entry.name { drafts.drafts[target].name = name }
            if let role = entry.role { drafts.drafts[target].role = role }
            for alias in entry.aliases where !drafts.moveForm(alias, to: target) {
                warnings.append(.warning("people.yml: alias \"\(alias)\" of \(entry.person) does not occur in any article", at: at))
            }
            for other in entry.merge {
                guard let source = drafts.draft(named: other), source != target else {
                    warnings.append(.warning("people.yml: cannot merge \"\(other)\" into \(entry.person): no other person has that name", at: at))
                    continue
                }
                drafts.drafts[target].occurrences += drafts.drafts[source].occurrences
                drafts.drafts[target].occurrences.sort()
                drafts.drafts[source].occurrences = []
            }
            for form in entry.split where !drafts.splitForm(form, from: target) {
                warnings.append(.warning("people.yml: \(entry.person) has no form \"\(form)\" to split off", at: at))
            }
        }
        return warnings
    }
}

extension PersonDrafts {
    /// The draft that has this name (display name or any form), compared folded.
    func draft(named name: String) -> Int? {
        let key = NameOccurrence.key(of: name.split(separator: " ").map(String.init))
        return drafts.firstIndex { draft in
            !draft.occurrences.isEmpty && (draft.name.map { NameOccurrence.key(of: [$0]) == key } == true
                || draft.occurrences.contains { occurrences[$0].key == key })
        }
    }

    /// A person for a form the automatic pass did not accept, when the corpus has it.
    mutating func addDraft(forForm form: String) -> Int? {
        let key = NameOccurrence.key(of: form.split(separator: " ").map(String.init))
        guard let found = occurrences(ofKey: key) else { return nil }
        removeOccurrences(Set(found))
        drafts.append(PersonDraft(occurrences: found))
        return drafts.count - 1
    }

    /// Moves every occurrence of a form to a draft; false when the corpus never has it.
    mutating func moveForm(_ form: String, to target: Int) -> Bool {
        let key = NameOccurrence.key(of: form.split(separator: " ").map(String.init))
        guard let found = occurrences(ofKey: key) else { return false }
        removeOccurrences(Set(found))
        drafts[target].occurrences = (drafts[target].occurrences + found).sorted()
        drafts[target].addedForms.insert(key)
        return true
    }

    /// Takes a form's occurrences out of a draft into a new one.
    mutating func splitForm(_ form: String, from source: Int) -> Bool {
        let key = NameOccurrence.key(of: form.split(separator: " ").map(String.init))
        let taken = drafts[source].occurrences.filter { occurrences[$0].key == key }
        guard !taken.isEmpty else { return false }
        drafts[source].occurrences.removeAll { occurrences[$0].key == key }
        drafts.append(PersonDraft(occurrences: taken))
        return true
    }

    private mutating func removeOccurrences(_ indices: Set<Int>) {
        for index in drafts.indices { drafts[index].occurrences.removeAll { indices.contains($0) } }
    }
}
