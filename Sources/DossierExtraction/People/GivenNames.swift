import Foundation

/// The bundled list of given names (many countries) and the nicknames it lists as equivalent.
public struct GivenNames: Sendable {
    /// Folded, lowercased names (`jose`, `mohammed`, `itay`) and their gender: `M`, `F` or `?`.
    let names: [String: Character]
    /// Each nickname's long forms and each long form's nicknames, folded.
    let equivalents: [String: Set<String>]

    /// The list from a text of one name a line and `= short long` lines; `#` starts a comment.
    public init(text: String) {
        var names: [String: Character] = [:]
        var equivalents: [String: Set<String>] = [:]
        // Lines by their bytes: reading 90,000 lines as characters took a noticeable part of a build.
        for bytes in text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            // An ASCII line (the bundled list is all ASCII) is cut at its space bytes, which are its space Characters;
            // cutting a Substring by Characters took most of reading the list.
            let isASCII = bytes.allSatisfy { $0 < 0x80 }
            let line = Substring(bytes)
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("=") {
                let words = isASCII ? Self.asciiWords(bytes.dropFirst()) : line.dropFirst().split(separator: " ").map(String.init)
                let parts = words.map(NameKey.fold)
                guard parts.count == 2 else { continue }
                equivalents[parts[0], default: []].insert(parts[1])
                equivalents[parts[1], default: []].insert(parts[0])
            } else {
                let parts = isASCII ? Self.asciiWords(bytes) : line.split(separator: " ").map(String.init)
                names[NameKey.fold(parts[0])] = parts.count > 1 ? parts[1].first ?? "?" : "?"
            }
        }
        self.names = names
        self.equivalents = equivalents
    }

    /// The words of an ASCII line between its spaces, as `split(separator: " ")` gives them (no empty ones).
    static func asciiWords(_ bytes: Substring.UTF8View.SubSequence) -> [String] {
        bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The list bundled with dossier (`Resources/given-names.txt`), read once per process: every build of `serve`
    /// and every test asks for it, and it never changes while the program runs.
    public static func bundled() -> GivenNames { readOnce }

    /// A constant made the first time it is used (Swift initialises a static `let` once, safely across threads).
    private static let readOnce = read()

    private static func read() -> GivenNames {
        guard let url = Bundle.module.url(forResource: "given-names", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return GivenNames(text: "") }
        return GivenNames(text: text)
    }

    /// Whether the word is a given name somewhere (`Itay`, `Hazem`, `Karoline`).
    func contains(_ word: String) -> Bool {
        names[NameKey.fold(word)] != nil
    }

    /// Whether two given names are the same person's: equal, listed as equivalent, or a nickname shape.
    func areVariants(_ first: String, _ second: String) -> Bool {
        let a = NameKey.fold(first), b = NameKey.fold(second)
        if a == b { return true }
        if equivalents[a]?.contains(b) == true { return true }
        return NameKey.isNicknameShape(a, of: b) || NameKey.isNicknameShape(b, of: a)
    }

    /// `M` or `F` when the list knows the name as mostly one gender's.
    func gender(of word: String) -> Character? {
        guard let gender = names[NameKey.fold(word)], gender != "?" else { return nil }
        return gender
    }

    /// Whether two spellings can be one name: not a known male name against a known female one (`Mark`/`Mary`).
    func sameGenderPossible(_ first: String, _ second: String) -> Bool {
        let a = names[NameKey.fold(first)] ?? "?", b = names[NameKey.fold(second)] ?? "?"
        return a == "?" || b == "?" || a == b
    }
}
