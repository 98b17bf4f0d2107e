import DossierCore
/// One occurrence of a capitalised run that may be a person's name, with its evidence and the role phrases around it.
struct NameOccurrence: Sendable, Hashable {
    /// The words of the name as written (`Ibrahim`, `al-Madhoun`); titles and honorifics are left out.
    var words: [String] {
        didSet { (key, nameWords) = (Self.key(of: words), Self.nameWords(of: words)) }
    }
    /// Index of the article in the corpus and of the sentence in the article.
    var article: Int
    var sentence: Int
    /// Token range of the name in its sentence.
    var tokenRange: Range<Int>
    var cues: NameCues
    /// Where the run of capitalised words the name was found in starts (titles and honorifics included): the role
    /// phrases the text attaches here (`RolePhrases.roles`) are read from it, for the people kept only.
    var runStart = 0
    /// The run started the sentence, where any word is capitalised.
    var sentenceInitial = false

    /// The comparison key: folded, hyphens as spaces (`Sagui Dekel-Chen` → `sagui dekel chen`). Kept with the words
    /// (made again when they change), as every pass over the corpus's occurrences asks for it.
    private(set) var key: String

    /// The words that are not particles (`al`, `bin`, `van`) or a generational suffix (`Jr.`, `III`); kept as `key` is.
    private(set) var nameWords: [String]

    init(words: [String], article: Int, sentence: Int, tokenRange: Range<Int>, cues: NameCues) {
        self.init(words: words, nameWords: Self.nameWords(of: words), article: article, sentence: sentence, tokenRange: tokenRange, cues: cues)
    }

    /// `nameWords`: `nameWords(of: words)`, when the caller has them already.
    init(words: [String], nameWords: [String], article: Int, sentence: Int, tokenRange: Range<Int>, cues: NameCues) {
        self.words = words
        self.article = article
        self.sentence = sentence
        self.tokenRange = tokenRange
        self.cues = cues
        key = Self.key(of: words)
        self.nameWords = nameWords
    }

    /// The form as written: the words joined by spaces (`Ibrahim al-Madhoun`).
    static func form(of words: [String]) -> String { words.joined(separator: " ") }

    static func key(of words: [String]) -> String {
        asciiKey(of: words) ?? NameKey.fold(words.joined(separator: " ")).replacingEvery("-", with: " ")
    }

    /// `key(of:)` of words that are all ASCII (nil for any other), made from their bytes in one string: a space between
    /// words, each capital lowered (as `NameKey.fold` lowers ASCII), each hyphen a space. The joined string, its folded
    /// copy and its copy without hyphens were three strings, made for every occurrence. Each word's bytes are read where
    /// the string keeps them, eight at a time (`keyBytes`).
    static func asciiKey(of words: [String]) -> String? {
        var length = max(0, words.count - 1)
        for word in words { length += word.utf8.count }
        var isASCII = true
        let key = String(unsafeUninitializedCapacity: length) { buffer in
            var next = 0
            for (position, word) in words.enumerated() {
                if position > 0 {
                    buffer[next] = UInt8(ascii: " ")
                    next += 1
                }
                let copied = word.utf8.withContiguousStorageIfAvailable { copyKeyBytes($0, into: buffer, at: next) }
                    ?? Array(word.utf8).withUnsafeBufferPointer { copyKeyBytes($0, into: buffer, at: next) }
                guard copied else {
                    isASCII = false
                    return 0
                }
                next += word.utf8.count
            }
            return next
        }
        return isASCII ? key : nil
    }

    /// Writes ASCII bytes as a key has them (`keyBytes`) into `buffer` from `start`; false at a byte beyond ASCII.
    @inline(__always)
    private static func copyKeyBytes(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Bool {
        precondition(start + bytes.count <= buffer.count, "room for the word")
        var offset = 0
        if let input = bytes.baseAddress, let output = buffer.baseAddress {
            let (from, to) = (UnsafeRawPointer(input), UnsafeMutableRawPointer(output + start))
            while offset + 8 <= bytes.count {
                let eight = from.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                guard eight & 0x8080_8080_8080_8080 == 0 else { return false }
                to.storeBytes(of: keyBytes(eight), toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            guard byte < 0x80 else { return false }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[start + offset] = byte + 0x20
            case UInt8(ascii: "-"): buffer[start + offset] = UInt8(ascii: " ")
            default: buffer[start + offset] = byte
            }
            offset += 1
        }
        return true
    }

    /// Eight ASCII bytes as a key has them: capitals lowered (`ASCIICapitals`), hyphens (0x2D) made spaces (0x20). A
    /// hyphen's byte XOR 0x2D is 0, and adding 0x7F to each such byte (below 0x80: no carry) sets the top bit of every
    /// other; each hyphen's byte is then XORed with 0x0D.
    @inline(__always)
    static func keyBytes(_ eight: UInt64) -> UInt64 {
        let lowered = eight | ASCIICapitals.capitals(eight) >> 2
        let others = (eight ^ 0x2D2D_2D2D_2D2D_2D2D) &+ 0x7F7F_7F7F_7F7F_7F7F
        let hyphens = ~others & 0x8080_8080_8080_8080
        return lowered ^ (hyphens >> 7) &* 0x0D
    }

    static func nameWords(of words: [String]) -> [String] {
        // Each word folded once for both questions. Most names keep every word: they share the words' array, and a new
        // one is made only from the first word left out.
        var kept: [String]?
        // Each word read in place by its position (iterating the array retained and released each word's string).
        for position in words.indices {
            if isLeftOut(words[position], notFirst: position > 0) {
                if kept == nil { kept = Array(words[..<position]) }
            } else {
                kept?.append(words[position])
            }
        }
        return kept ?? words
    }

    /// Whether `nameWords` leaves the word out: a particle, or (`notFirst`) a generational suffix. A short ASCII word
    /// (most that may be either: `Li`, `John`, `Smith`) is compared by its bytes, lowered and packed into one number
    /// (`packedASCII`), with the particles' and suffixes' (`packedParticles`, `packedSuffixes`), where it was folded into
    /// a new string and looked up in the word sets.
    private static func isLeftOut(_ word: String, notFirst: Bool) -> Bool {
        guard mayFoldToParticleOrSuffix(word) else { return false }
        if word.utf8.count <= maximumPackedBytes, let particles = packedParticles, let suffixes = packedSuffixes,
           let packed = word.utf8.withContiguousStorageIfAvailable({ packedASCII($0, lowering: true) }) ?? nil {
            return particles.contains(packed) || (notFirst && suffixes.contains(packed))
        }
        let folded = NameKey.fold(word)
        return NameLexicon.particleWords.contains(folded) || (notFirst && isGenerationalSuffix(folded: folded))
    }

    /// The longest word `packedASCII` packs: seven bytes, and its length in the eighth.
    private static let maximumPackedBytes = 7

    /// The bytes of an ASCII word of at most `maximumPackedBytes`, the first lowest, with its length in the top byte
    /// (so that no two words pack alike); with `lowering`, each capital lowered as `NameKey.fold` lowers ASCII. Nil for
    /// a word beyond ASCII.
    private static func packedASCII(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> UInt64? {
        precondition(bytes.count <= maximumPackedBytes, "a word that fits")
        var packed = UInt64(bytes.count) << 56
        for offset in bytes.indices {
            var byte = bytes[offset]
            guard byte < 0x80 else { return nil }
            if lowering, byte &- 0x41 < 26 { byte |= 0x20 }
            packed |= UInt64(byte) << UInt64(8 * offset)
        }
        return packed
    }

    /// The particles, and the generational suffixes with and without a full stop (as `isGenerationalSuffix(folded:)`
    /// reads a folded word), packed (`packedASCII`); nil when one is beyond ASCII or longer than a packed word (then
    /// every word is folded and looked up).
    private static let packedParticles = packed(NameLexicon.particles)
    private static let packedSuffixes = packed(NameLexicon.generationalSuffixes.flatMap { [$0, $0 + "."] })

    private static func packed(_ words: some Sequence<String>) -> PackedWordSet? {
        var packed: [UInt64] = []
        for word in words {
            guard word.utf8.count <= maximumPackedBytes, let bytes = Array(word.utf8).withUnsafeBufferPointer({ packedASCII($0, lowering: false) })
            else { return nil }
            packed.append(bytes)
        }
        return PackedWordSet(packed)
    }

    /// Whether `word`, folded, may be a particle or a generational suffix (with its full stop): not when it is ASCII
    /// (whose folding keeps its length) and longer than all of them. Most name words are (`Madhoun`, `Kennedy`), and are
    /// not folded: folding a capitalised word makes a new string, for every word of every name run.
    private static func mayFoldToParticleOrSuffix(_ word: String) -> Bool {
        guard word.utf8.count > longestParticleOrSuffix else { return true }
        return word.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 >= 0x80 } } ?? true
    }

    /// The bytes of the longest particle, or generational suffix with a full stop.
    private static let longestParticleOrSuffix = max(NameLexicon.particles.map(\.utf8.count).max() ?? 0,
                                                     (NameLexicon.generationalSuffixes.map(\.utf8.count).max() ?? 0) + 1)

    /// `Jr.`, `Snr`, `III`: a word after a surname that tells a son from his father.
    ///
    /// An ASCII word longer than every suffix with its full stop is none (folding ASCII keeps the length): the last word
    /// of every name run is asked, and most are told by their length, where each was folded into a new string and looked
    /// up.
    static func isGenerationalSuffix(_ word: String) -> Bool {
        if word.utf8.count > longestSuffix, word.utf8.withContiguousStorageIfAvailable({ !$0.contains { $0 >= 0x80 } }) == true {
            return false
        }
        // A short ASCII word by its packed bytes, as `nameWords` asks (`isLeftOut`).
        if word.utf8.count <= maximumPackedBytes, let suffixes = packedSuffixes,
           let packed = word.utf8.withContiguousStorageIfAvailable({ packedASCII($0, lowering: true) }) ?? nil {
            return suffixes.contains(packed)
        }
        return isGenerationalSuffix(folded: NameKey.fold(word))
    }

    /// The bytes of the longest generational suffix with a full stop.
    private static let longestSuffix = (NameLexicon.generationalSuffixes.map(\.utf8.count).max() ?? 0) + 1

    private static func isGenerationalSuffix(folded: String) -> Bool {
        var lower = folded
        if lower.hasSuffix(".") { lower.removeLast() }
        return NameLexicon.generationalSuffixWords.contains(lower)
    }

    /// The generation a name states, if any: `jr` for `Jr.`/`Jnr`, `sr` for `Sr.`/`Snr`, or the numeral (`iii`).
    static func generation(of words: [String]) -> String? {
        guard words.count >= 2, let last = words.last, isGenerationalSuffix(last) else { return nil }
        var lower = NameKey.fold(last)
        if lower.hasSuffix(".") { lower.removeLast() }
        switch lower {
        case "jnr": return "jr"
        case "snr": return "sr"
        default: return lower
        }
    }
}
