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
        var line = line
        guard let synset = line.withUTF8({ Synset(bytes: UnsafeRawBufferPointer($0), lexicographerClasses: lexicographerClasses) })
        else { return nil }
        self = synset
    }

    /// Reads a data line's bytes, field by field in one pass (the database is ASCII; no string is made but the words).
    init?(bytes: UnsafeRawBufferPointer, lexicographerClasses: [String]) {
        var fields = ByteFields(bytes)
        guard let offset = fields.nextInteger(), let file = fields.nextInteger(),
              let type = fields.next(), let wordClass = WordClass(synsetType: Substring(String(decoding: type, as: UTF8.self))),
              let wordCount = fields.nextInteger(radix: 16), wordCount >= 0, fields.hasNext
        else { return nil }
        self.offset = offset
        self.wordClass = wordClass
        lexicographerClass = lexicographerClasses.indices.contains(file) ? lexicographerClasses[file] : "unknown"
        var words: [String] = []
        // Two fields a word: a count larger than the line holds reserves no more than the line's words.
        words.reserveCapacity(min(wordCount, bytes.count / 4))
        // Each word with its lex_id; a line cut short ends the words, and has no pointers after them.
        for _ in 0..<wordCount {
            guard let word = fields.next(), fields.next() != nil else { break }
            words.append(Self.readable(word))
        }
        self.words = words
        var hypernyms: [Int] = []
        if let pointerCount = fields.nextInteger(), pointerCount > 0 {
            // Each pointer is four fields: symbol, target offset, word class, source/target.
            for _ in 0..<pointerCount {
                guard let symbol = fields.next(), let target = fields.next(), fields.next() != nil, fields.next() != nil else { break }
                if Self.isHypernymPointer(symbol), let target = ByteFields.integer(target) { hypernyms.append(target) }
            }
        }
        self.hypernyms = hypernyms
    }

    /// `@` (hypernym) or `@i` (instance hypernym). Told by its bytes: `elementsEqual` with a literal's UTF-8 view
    /// went through the view's iterator, some fifty instructions a pointer field of every synset read.
    private static func isHypernymPointer(_ field: UnsafeRawBufferPointer) -> Bool {
        guard field.count == 1 || field.count == 2, field[0] == UInt8(ascii: "@") else { return false }
        return field.count == 1 || field[1] == UInt8(ascii: "i")
    }

    /// `prime_minister` → `prime minister`; an adjective's marker such as `(a)` dropped; lower case.
    private static func readable(_ field: UnsafeRawBufferPointer) -> String {
        let word = field.prefix { $0 != UInt8(ascii: "(") }
        guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased().replacingUnderscores() }
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
