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

    /// Reads a line of a data file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss` (the gloss
    /// may be left off: nothing here reads it).
    init?(line: String, lexicographerClasses: [String]) {
        // Fields are split on the line's bytes: the database is ASCII, and splitting the String walks its Characters.
        let fields = line.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard fields.count > 4, let offset = Self.integer(fields[0]), let file = Self.integer(fields[1]),
              let wordClass = WordClass(synsetType: Substring(fields[2])), let wordCount = Self.integer(fields[3], radix: 16)
        else { return nil }
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
        if cursor < fields.count, let pointerCount = Self.integer(fields[cursor]) {
            cursor += 1
            for _ in 0..<pointerCount where cursor + 3 < fields.count {
                if Self.isHypernymPointer(fields[cursor]), let target = Self.integer(fields[cursor + 1]) { hypernyms.append(target) }
                cursor += 4
            }
        }
        self.hypernyms = hypernyms
    }

    private static func integer(_ field: Substring.UTF8View, radix: Int = 10) -> Int? {
        Int(Substring(field), radix: radix)
    }

    /// `@` (hypernym) or `@i` (instance hypernym).
    private static func isHypernymPointer(_ field: Substring.UTF8View) -> Bool {
        field.elementsEqual("@".utf8) || field.elementsEqual("@i".utf8)
    }

    /// `prime_minister` → `prime minister`; an adjective's marker such as `(a)` dropped; lower case.
    private static func readable(_ field: Substring.UTF8View) -> String {
        let word = field.prefix { $0 != UInt8(ascii: "(") }
        guard word.allSatisfy({ $0 < 0x80 }) else { return Substring(word).lowercased().replacingUnderscores() }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (index, byte) in word.enumerated() {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[index] = byte + 32
                case UInt8(ascii: "_"): buffer[index] = UInt8(ascii: " ")
                default: buffer[index] = byte
                }
            }
            return word.count
        }
    }
}

extension String {
    func replacingUnderscores() -> String {
        // A byte test first (`contains("_")` on a String goes through Foundation): without the byte, no `_` Character.
        guard utf8.contains(UInt8(ascii: "_")), contains("_") else { return self }
        return String(map { $0 == "_" ? " " : $0 })
    }
}
