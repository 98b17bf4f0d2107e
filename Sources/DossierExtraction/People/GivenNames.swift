import Foundation

/// The bundled list of given names (many countries) and the nicknames it lists as equivalent.
public struct GivenNames: Sendable {
    /// Folded, lowercased names (`jose`, `mohammed`, `itay`), each at a place, and their gender by place: `M`, `F` or
    /// `?`. A `StringPlaces`, not a dictionary: the name finder asks whether a word is a given name of the words in and
    /// around every name run, and `StringPlaces` hashes a word by its bytes, eight at a time (`ASCIIWordHash`), where a
    /// dictionary hashed it by SipHash (as it did each of the list's 90,000 names when it was read).
    private let folded: StringPlaces
    private let genders: [Character]
    /// Each nickname's long forms and each long form's nicknames, folded.
    let equivalents: [String: Set<String>]

    /// The list from a text of one name a line and `= short long` lines; `#` starts a comment.
    public init(text: String) {
        var names = Names()
        var equivalents: [String: Set<String>] = [:]
        var text = text
        // Lines by their bytes, read in place: reading 90,000 lines as characters took a noticeable part of a build,
        // and so did cutting each into an array of words. The whole text is first asked once whether it is ASCII and
        // holds a carriage return; without one, each line's end is found by the C library's memchr,
        // and the ASCII names are lowered in one pass over the whole text (`ASCIINameLines`), not byte by byte as each
        // line was read.
        text.withUTF8 { bytes in
            // About ten bytes a line in the bundled list.
            names.reserveCapacity(bytes.count / 10)
            let lines = ASCIINameLines(bytes)
            var lineStart = 0
            while lineStart < bytes.count {
                let (lineEnd, isASCII) = lines.line(from: lineStart)
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                // An ASCII name line (the bundled list is all ASCII): its name and gender read from its bytes, the name
                // folded as `NameKey.fold` folds ASCII (capitals lowered), its gender the first byte of its second word.
                if isASCII, line[0] != UInt8(ascii: "#"), line[0] != UInt8(ascii: "=") {
                    if let (name, gender) = lines.nameLine(lineStart..<lineEnd) { names.set(name, gender) }
                    continue
                }
                Self.read(Substring(String(decoding: line, as: UTF8.self)), isASCII: isASCII, names: &names, equivalents: &equivalents)
            }
        }
        folded = names.places
        genders = names.genders
        self.equivalents = equivalents
    }

    /// The names read so far and their genders; a name read again takes its later gender (as a dictionary's
    /// assignment did).
    private struct Names {
        var places = StringPlaces()
        var genders: [Character] = []

        mutating func reserveCapacity(_ count: Int) {
            places.reserveCapacity(count)
            genders.reserveCapacity(count)
        }

        mutating func set(_ name: String, _ gender: Character) {
            let (place, isNew) = places.place(adding: name)
            if isNew { genders.append(gender) } else { genders[place] = gender }
        }
    }

    /// By folded name, its gender: the list as read (for the tests).
    var names: [String: Character] {
        Dictionary(uniqueKeysWithValues: zip(folded.keys, genders))
    }

    /// The gender of a folded name, nil for a name not in the list.
    private func gender(folded name: String) -> Character? {
        folded.place(of: name).map { genders[$0] }
    }

    /// A comment, a nickname line, or a name line beyond ASCII: cut into words (at its spaces) as a `Substring`.
    private static func read(_ line: Substring, isASCII: Bool, names: inout Names, equivalents: inout [String: Set<String>]) {
        if line.hasPrefix("#") { return }
        if line.hasPrefix("=") {
            let words = isASCII ? asciiWords(line.utf8.dropFirst()) : line.dropFirst().split(separator: " ").map(String.init)
            let parts = words.map(NameKey.fold)
            guard parts.count == 2 else { return }
            equivalents[parts[0], default: []].insert(parts[1])
            equivalents[parts[1], default: []].insert(parts[0])
        } else {
            let parts = isASCII ? asciiWords(line.utf8) : line.split(separator: " ").map(String.init)
            guard let name = parts.first else { return }
            names.set(NameKey.fold(name), parts.count > 1 ? parts[1].first ?? "?" : "?")
        }
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
        folded.place(of: NameKey.fold(word)) != nil
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
        guard let gender = gender(folded: NameKey.fold(word)), gender != "?" else { return nil }
        return gender
    }

    /// Whether two spellings can be one name: not a known male name against a known female one (`Mark`/`Mary`).
    func sameGenderPossible(_ first: String, _ second: String) -> Bool {
        let a = gender(folded: NameKey.fold(first)) ?? "?", b = gender(folded: NameKey.fold(second)) ?? "?"
        return a == "?" || b == "?" || a == b
    }
}
