/// One WordNet synset: a sense shared by its words, its lexicographer class and its hypernyms.
public struct Synset: Sendable, Hashable {
    public var offset: Int
    public var wordClass: WordClass
    /// The lexicographer file it comes from: `noun.person`, `noun.artifact`, `verb.communication`…
    public var lexicographerClass: String
    /// Its words, lower case, with spaces (`rocket`, `projectile`, `prime minister`).
    public var words: [String]
    /// Offsets of its hypernyms (`@`) and instance hypernyms (`@i`), in the same word class.
    public var hypernyms: [Int]

    /// Reads a line of a data file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss`.
    init?(line: String, lexicographerClasses: [String]) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count > 4, let offset = Int(fields[0]), let file = Int(fields[1]),
              let wordClass = WordClass(synsetType: fields[2]), let wordCount = Int(fields[3], radix: 16) else { return nil }
        self.offset = offset
        self.wordClass = wordClass
        lexicographerClass = file < lexicographerClasses.count ? lexicographerClasses[file] : "unknown"
        var words: [String] = []
        var cursor = 4
        for _ in 0..<wordCount where cursor + 1 < fields.count {
            words.append(Self.readable(fields[cursor]))
            cursor += 2
        }
        self.words = words
        var hypernyms: [Int] = []
        if cursor < fields.count, let pointerCount = Int(fields[cursor]) {
            cursor += 1
            for _ in 0..<pointerCount where cursor + 3 < fields.count {
                if fields[cursor] == "@" || fields[cursor] == "@i", let target = Int(fields[cursor + 1]) { hypernyms.append(target) }
                cursor += 4
            }
        }
        self.hypernyms = hypernyms
    }

    /// `prime_minister` → `prime minister`; an adjective's marker such as `(a)` dropped; lower case.
    private static func readable(_ word: Substring) -> String {
        var text = word
        if let paren = text.firstIndex(of: "(") { text = text[..<paren] }
        return text.lowercased().replacingUnderscores()
    }
}

extension String {
    func replacingUnderscores() -> String {
        // A byte test first (`contains("_")` on a String goes through Foundation): without the byte, no `_` Character.
        guard utf8.contains(UInt8(ascii: "_")), contains("_") else { return self }
        return String(map { $0 == "_" ? " " : $0 })
    }
}
