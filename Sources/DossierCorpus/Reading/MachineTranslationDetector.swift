import DossierCore
import DossierLanguage
import Foundation

/// Looks for the traces a machine translation leaves in English text, and says which ones it saw.
///
/// Each trace alone can be a typo; the flag needs several (`threshold` points):
/// - a hyphen cut off its word (`long -term`, `cross -border`), a translator's artefact;
/// - a function word capitalised inside a sentence (`confirmed That Trump`, `reported The conversations`);
/// - one name spelled two ways (`Qassem` and `Qasssem`), one point however many;
/// - common words of another language (`und`, `nicht`, `avec`).
struct MachineTranslationDetector {
    /// Points needed to flag a text.
    static let threshold = 3

    struct Finding: Equatable {
        var points: Int
        var evidence: String
    }

    /// The traces seen in some sentences, each list in order of first appearance, each trace once; names spelled two
    /// ways are looked for only when these make enough points.
    struct Traces: Sendable {
        var hyphens: [String]
        var capitals: [String]
        var foreign: [String]
    }

    /// The evidence when the sentences read as machine-translated, else nil. The traces of a long article are gathered
    /// per chunk of sentences on all cores and joined in order, each once: the same lists as in one pass.
    func detect(_ sentences: [Sentence], chunks: TextChunks = TextChunks(bytes: ArticleReader.defaultChunkBytes)) -> Finding? {
        let ranges = chunks.ranges(sizes: sentences.map { $0.text.utf8.count })
        @Sendable func chunk(_ range: Range<Int>) -> [Sentence] { ranges.count == 1 ? sentences : Array(sentences[range]) }
        let chunked = ParallelMap.map(ranges) { range in traces(chunk(range)) }
        let hyphens = Self.joined(chunked.map(\.hyphens))
        let capitals = Self.joined(chunked.map(\.capitals))
        let foreign = Self.joined(chunked.map(\.foreign))
        // Different people often have names a letter apart (`David` / `Davis`): spellings count one point at most.
        // Without the other points a text is not flagged whatever its names, and they are not read (most texts).
        let otherPoints = hyphens.count + capitals.count + foreign.count
        guard otherPoints + 1 >= Self.threshold else { return nil }
        let names = Self.joined(ParallelMap.map(ranges) { range in NameVariants().capitalisedWords(chunk(range)) })
        let spellings = NameVariants().pairs(among: names)
        let points = otherPoints + min(1, spellings.count)
        guard points >= Self.threshold else { return nil }
        var parts: [String] = []
        if !hyphens.isEmpty { parts.append("hyphens cut off their word: " + Self.quoted(hyphens)) }
        if !capitals.isEmpty { parts.append("capitalised words inside a sentence: " + Self.quoted(capitals)) }
        if !spellings.isEmpty { parts.append("a name spelled two ways: " + spellings.map { "\($0.0) / \($0.1)" }.joined(separator: ", ")) }
        if !foreign.isEmpty { parts.append("words of another language: " + Self.quoted(foreign)) }
        return Finding(points: points, evidence: parts.joined(separator: "; "))
    }

    /// The three traces of the sentences, gathered in one pass over their tokens: what the capital and foreign-word
    /// tests ask of a word's text is a function of its type, worked out at the first token of each type
    /// (`WordTypeAnswers`, from a pool shared by the articles a thread reads one after another) and read by its type
    /// for every later one (reading each token's bytes and looking the word up took some seventy instructions a token),
    /// and each sentence's tokens are taken once. Each list is in order of first appearance.
    func traces(_ sentences: [Sentence]) -> Traces {
        Self.answerPool.withAnswers { answers in traces(sentences, answers: &answers) }
    }

    private func traces(_ sentences: [Sentence], answers: inout WordTypeAnswers) -> Traces {
        var gathered = Gathered()
        // The tables in locals: a static's every use went through its once-only initialisation check, a call.
        let longestForeign = Self.longestForeign
        let foreignOpenings = Self.foreignOpenings
        // By index: a loop over the sentences copied each one (its text and tokens retained and released).
        for sentence in sentences.indices {
            let tokens = sentences[sentence].tokens
            let last = tokens.count - 1
            // Fields are read in place, not by copying the tokens at every position.
            for position in tokens.indices {
                let isInside = position > 0 && position < last
                if isInside && tokens[position].kind == .punctuation { noteDetachedHyphen(at: position, in: tokens, into: &gathered) }
                let found = answers.answers(ofType: tokens[position].wordType) {
                    Self.answers(tokens[position], longestForeign: longestForeign, foreignOpenings: foreignOpenings)
                }
                if isInside && found & Self.mayBeCapitalisedAnswer != 0 { noteCapitalisedFunctionWord(at: position, in: tokens, into: &gathered) }
                if found & Self.foreignWordAnswer != 0 {
                    let text = tokens[position].text
                    if gathered.seenForeign.insert(text).inserted { gathered.traces.foreign.append(text) }
                }
            }
        }
        return gathered.traces
    }

    /// The answers kept by word type (`WordTypeAnswers`) for `traces`.
    private static let answerPool = WordTypeAnswers.Pool()
    /// The word may be capitalised (`TextOpening.mayBeCapitalised`): the capital trace is looked for at it.
    private static let mayBeCapitalisedAnswer: UInt8 = 1
    /// The word is one of another language's listed words.
    private static let foreignWordAnswer: UInt8 = 2

    /// The answers of a token (which its type decides: its kind and text).
    private static func answers(_ token: Token, longestForeign: Int, foreignOpenings: [UInt64]) -> UInt8 {
        let opening = TextOpening(token.text, foreignOpenings: foreignOpenings)
        var found: UInt8 = opening.mayBeCapitalised ? mayBeCapitalisedAnswer : 0
        // A word of fewer than two bytes has no opening key: it is looked up.
        if token.isWord && opening.byteCount <= longestForeign && (opening.mayBeForeign || opening.byteCount < 2),
           foreign.contains(token.text) {
            found |= foreignWordAnswer
        }
        return found
    }

    /// The lists one after another, each item at its first place only.
    static func joined(_ lists: [[String]]) -> [String] {
        guard lists.count > 1 else { return lists.first ?? [] }
        return lists.joined().uniqued()
    }

    /// The traces found so far, and those already listed (each is listed once).
    private struct Gathered {
        var traces = Traces(hyphens: [], capitals: [], foreign: [])
        var seenHyphens: Set<String> = []
        var seenCapitals: Set<String> = []
        var seenForeign: Set<String> = []
    }

    /// `long -term`: a word ending in a letter, a space, then a hyphen glued to the next word.
    func detachedHyphens(_ sentences: [Sentence]) -> [String] { traces(sentences).hyphens }

    /// `confirmed That Trump`, `reported The conversations`: right after a lower-case word, with no punctuation
    /// between, and a word after it.
    func capitalisedFunctionWords(_ sentences: [Sentence]) -> [String] { traces(sentences).capitals }

    /// Common short words of other languages, written in lower case inside English sentences.
    func foreignWords(_ sentences: [Sentence]) -> [String] { traces(sentences).foreign }

    /// The hyphen trace at the punctuation token at `position` (neither the first nor the last), if it is one.
    private func noteDetachedHyphen(at position: Int, in tokens: [Token], into gathered: inout Gathered) {
        guard tokens[position].isPunctuation("-") else { return }
        let previous = tokens[position - 1], next = tokens[position + 1]
        guard tokens[position].spaceBefore, !next.spaceBefore, next.isWord,
              previous.kind != .punctuation, previous.text.last?.isLetterFast == true else { return }
        let pair = "\(previous.text) -\(next.text)"
        if gathered.seenHyphens.insert(pair).inserted { gathered.traces.hyphens.append(pair) }
    }

    /// The capital trace at the token at `position` (neither the first nor the last, and `mayBeCapitalised`), if it
    /// is one.
    private func noteCapitalisedFunctionWord(at position: Int, in tokens: [Token], into gathered: inout Gathered) {
        guard tokens[position - 1].isWord, tokens[position - 1].shape == .lower, tokens[position].spaceBefore,
              tokens[position + 1].spaceBefore, !tokens[position + 1].isPunctuation else { return }
        let text = tokens[position].text
        guard let lower = Self.capitalisedLower(text) else { return }
        let isFunction = Self.functionWords.contains(lower)
        let isArticle = tokens[position + 1].shape == .lower && Self.articles.contains(lower)
        if isFunction || isArticle {
            let phrase = "\(tokens[position - 1].text) \(text) \(tokens[position + 1].text)"
            if gathered.seenCapitals.insert(phrase).inserted { gathered.traces.capitals.append(phrase) }
        }
    }

    /// What the tests of every token ask of its text first, read from its bytes in one go (in the string's own
    /// storage: a short word's bytes are inside it): its length in bytes, `mayBeCapitalised`, and whether a listed
    /// word opens as it does (`openingKey`; false for fewer than two bytes, which have no opening key).
    struct TextOpening {
        var byteCount: Int
        var mayBeCapitalised: Bool
        var mayBeForeign: Bool

        /// `foreignOpenings`: `MachineTranslationDetector.foreignOpenings`, taken once by the caller.
        init(_ text: String, foreignOpenings: [UInt64]) {
            // A native string's bytes are always contiguous (there are no bridged strings on Linux); were they not,
            // they are copied.
            self = text.utf8.withContiguousStorageIfAvailable { TextOpening(bytes: $0, foreignOpenings: foreignOpenings) }
                ?? Array(text.utf8).withUnsafeBufferPointer { TextOpening(bytes: $0, foreignOpenings: foreignOpenings) }
        }

        private init(bytes: UnsafeBufferPointer<UInt8>, foreignOpenings: [UInt64]) {
            byteCount = bytes.count
            mayBeCapitalised = MachineTranslationDetector.mayBeCapitalised(bytes: bytes)
            mayBeForeign = MachineTranslationDetector.openingKey(of: bytes).map { foreignOpenings[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 } ?? false
        }
    }

    static func quoted(_ items: [String]) -> String {
        items.prefix(4).map { "“\($0)”" }.joined(separator: ", ")
    }

    /// False when the first character is one of ASCII other than a capital (most words): `isCapitalised` is false then.
    /// Read in the string's own bytes (a short word's are inside it): the UTF-8 view's `first` and `dropFirst` went
    /// through three generic calls a word. A native string's bytes are always contiguous (there are no bridged
    /// strings on Linux); were they not, the word may be capitalised, and `capitalisedLower` tells.
    static func mayBeCapitalised(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable(mayBeCapitalised(bytes:)) ?? true
    }

    fileprivate static func mayBeCapitalised(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first < 0x80 else { return true }
        // A combining mark after the byte would make it another character: look at that one.
        guard bytes.count == 1 || bytes[1] < 0x80 else { return true }
        return first >= 0x41 && first <= 0x5A
    }

    /// `That` → `that`: the word in lower case when it is a capital, then lower case; else nil. On the bytes when they
    /// are ASCII (a byte is then a character).
    /// The ASCII bytes are read in the string's own storage (a short word's are inside it), not through the UTF-8
    /// view's iterator, which went into the standard library a byte.
    static func capitalisedLower(_ word: String) -> String? {
        if let ascii = word.utf8.withContiguousStorageIfAvailable(isCapitalisedASCII(_:)), let isCapitalised = ascii {
            return isCapitalised ? word.lowercased() : nil
        }
        guard word.first?.isUppercaseFast == true && word.dropFirst().allSatisfy(\.isLowercaseFast) else { return nil }
        return word.lowercased()
    }

    /// For an ASCII word's bytes: a capital, then lower-case letters only; nil when a byte is outside ASCII.
    private static func isCapitalisedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        guard all < 0x80 else { return nil }
        guard let first = bytes.first, first >= 0x41 && first <= 0x5A else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    static let functionWords = WordList.capitalisedFunctionWords.words
    static let articles = WordList.capitalisedDeterminers.words
    static let foreign = WordList.foreignFunctionWords.words
    static let longestForeign = foreign.map(\.utf8.count).max() ?? 0
    /// The listed words' first two bytes with their length in bytes, as bits of a small table (`openingKey`): most
    /// English words start otherwise, or are shorter or longer than the listed words that start like them (`and` /
    /// `anche`, `is` / `ist`, `last` / `las`), and are not hashed. Bits shared by chance only let a word through to
    /// the look-up.
    static let foreignOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: openingKeys / 64)
        for word in foreign { if let key = openingKey(word) { bits[key >> 6] |= 1 << UInt64(key & 63) } }
        return bits
    }()

    /// Bits of `foreignOpenings`: a table of 512 bytes, read for every short word.
    static let openingKeys = 1 << 12

    /// False when no listed word starts with the first two bytes of `word` and has its length in bytes.
    static func mayBeForeign(_ word: String) -> Bool {
        guard let key = openingKey(word) else { return foreign.contains(word) }
        return isForeignOpening(key)
    }

    /// Whether a listed word has this `openingKey`.
    static func isForeignOpening(_ key: Int) -> Bool {
        foreignOpenings[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The first two bytes of `word` and its length in bytes mixed into a bit of `foreignOpenings`, or nil when it has
    /// fewer than two bytes.
    static func openingKey(_ word: String) -> Int? {
        // Read in the string's own bytes (a short word's are inside it), not through the UTF-8 view's iterator. A
        // native string's bytes are always contiguous (there are no bridged strings on Linux); borrowed, not copied
        // into a `var` for `withUTF8`, which cost a retain and a release a word.
        word.utf8.withContiguousStorageIfAvailable { openingKey(of: $0) }!
    }

    fileprivate static func openingKey(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 2 else { return nil }
        let opening = UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(truncatingIfNeeded: bytes.count)
        return Int((opening &* 0x9E37_79B1) >> 20)
    }
}
