import Foundation

/// Turns text into search terms, the same way on both sides: the build indexes with this type and the page's
/// script (`normalise` in `templates/search.js`) mirrors it for queries. The shared table of examples in
/// `Tests/DossierSiteTests/Fixtures/search-normalisation.tsv` is checked against both.
///
/// Steps: curly quotes and apostrophes straightened; lowercased; compatibility-decomposed (NFKD) with the
/// combining marks dropped (`Café` → `cafe`) and `ς` written `σ`; split into words of letters and digits, joined by inner
/// apostrophes; a possessive `'s` dropped and other apostrophes removed (`O'Brien` → `obrien`); then `fold`.
public struct SearchNormaliser: Sendable {
    /// The last step on each word, mirrored by the page (`pluralFold` in `search.js`). WordNet lemmas are not a fold
    /// (the page has no WordNet): the index adds them as terms of their own (`SearchIndex(lemma:)`, `SearchPostings`).
    public var fold: @Sendable (String) -> String

    public init(fold: @escaping @Sendable (String) -> String = PluralFold.fold) {
        self.fold = fold
    }

    /// The terms of a text, in order (repeats kept).
    public func terms(_ text: String) -> [String] {
        surfaceWords(text).map(fold).filter { !$0.isEmpty }
    }

    /// The words of a text before `fold`: straightened, lowercased, without diacritics or apostrophes
    /// (`Netanyahu’s children` → `netanyahu`, `children`). The lemmas of the index are looked up on these.
    public func surfaceWords(_ text: String) -> [String] {
        Self.isASCII(text) ? Self.asciiWords(text) : unicodeWords(text)
    }

    /// `surfaceWords` step by step, for any text.
    func unicodeWords(_ text: String) -> [String] {
        words(in: prepared(text)).map(Self.withoutApostrophes).filter { !$0.isEmpty }
    }

    /// `surfaceWords(text)` handed to `body` one by one as UTF-8, in order. ASCII text (most of a corpus), and ASCII
    /// text with typographic quotes (most of the rest), is read in one pass over its bytes, without a string per word.
    public func forEachSurfaceWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let read = text.withBorrowedUTF8 { utf8 -> Bool in
            if Self.isASCII(utf8) {
                Self.forEachASCIIWord(in: utf8, body)
                return true
            }
            guard let straightened = Self.straightenedASCII(utf8) else { return false }
            straightened.withUnsafeBufferPointer { Self.forEachASCIIWord(in: $0, body) }
            return true
        }
        guard !read else { return }
        for word in unicodeWords(text) {
            var word = word
            word.withUTF8(body)
        }
    }

    /// Whether the bytes are all ASCII, read eight at a time.
    static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        EightBytes.firstIndex(in: utf8, from: 0, mayHold: { !$0.isASCII }, where: { $0 >= 0x80 }) == nil
    }

    /// `isASCII` of a text's UTF-8.
    static func isASCII(_ text: String) -> Bool {
        text.withBorrowedUTF8 { isASCII($0) }
    }

    /// Text whose characters beyond ASCII are all typographic quotes of `straightQuotes` or plain separators (see
    /// `BeyondASCII`) from U+0080–U+00FF and U+2000–U+20BF (`’`, `“`, `£`, `—`, `…`, no-break space), with the quotes
    /// straightened and the separators written as spaces; nil for any other text. Once straightened, lowercasing and
    /// decomposing leave it as it is, and a separator ends a word as a space does, so its words are its bytes' `asciiWords`.
    static func straightenedASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var straightened: [UInt8] = []
        straightened.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                straightened.append(byte)
                index += 1
                continue
            }
            let ascii: UInt8
            if byte == 0xC2 || byte == 0xC3, index + 1 < utf8.count {
                ascii = BeyondASCII.latin1[Int(byte & 0x01) << 6 | Int(utf8[index + 1] & 0x3F)]
                index += 2
            } else if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] >= 0x80, utf8[index + 1] <= 0x82 {
                ascii = BeyondASCII.punctuation[Int(utf8[index + 1] & 0x03) << 6 | Int(utf8[index + 2] & 0x3F)]
                index += 3
            } else {
                return nil
            }
            guard ascii != 0 else { return nil }
            straightened.append(ascii)
        }
        return straightened
    }

    /// The ASCII byte each character of U+0080–U+00FF (`latin1`) and U+2000–U+20BF (`punctuation`) stands for in
    /// `straightenedASCII`, or 0: the straight quote of a `straightQuotes` character, a space for a plain separator.
    /// A plain separator is not a word character, a mark or a quote, has combining class 0, and neither it nor its
    /// lowercase decomposes (NFKD) into anything but such characters: in `prepared` and `words(in:)` it only ever ends
    /// a word, as a space does.
    enum BeyondASCII {
        static let latin1 = table(from: 0x80, count: 0x80)
        static let punctuation = table(from: 0x2000, count: 0xC0)

        private static func table(from first: UInt32, count: Int) -> [UInt8] {
            (0..<UInt32(count)).map { offset in
                guard let scalar = Unicode.Scalar(first + offset) else { return 0 }
                if let straight = straightQuotes[scalar] { return UInt8(straight.value) }
                return isPlainSeparator(scalar) ? UInt8(ascii: " ") : 0
            }
        }

        static func isPlainSeparator(_ scalar: Unicode.Scalar) -> Bool {
            func isPlain(_ scalar: Unicode.Scalar) -> Bool {
                !isWordCharacter(scalar) && !isMark(scalar) && straightQuotes[scalar] == nil && scalar != "'"
                    && scalar.properties.canonicalCombiningClass == .notReordered
            }
            guard isPlain(scalar) else { return false }
            let forms = [String(scalar), String(scalar).lowercased()]
            return forms.allSatisfy { $0.decomposedStringWithCompatibilityMapping.unicodeScalars.allSatisfy(isPlain) }
        }
    }

    /// `surfaceWords` of ASCII text in one pass over its bytes (most of a corpus; the index reads every sentence):
    /// the same words as `unicodeWords`, without building the lowercased text or a string per step.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { utf8 in forEachASCIIWord(in: utf8) { words.append(String(decoding: $0, as: UTF8.self)) } }
        return words
    }

    /// The words of `asciiWords`, each handed to `body` as its bytes (valid only during the call). A word is a run of
    /// letters and digits with single apostrophes inside it; one already lowercase and without an apostrophe (most of
    /// them) is handed over as the text's own bytes, the others are copied once, lowercased and without apostrophes.
    /// Each byte's kind is read from `asciiWordKinds`, one load for the three ranges of a word byte and the test for a capital.
    static func forEachASCIIWord(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        asciiWordKinds.withUnsafeBufferPointer { kinds in
            forEachASCIIWord(in: text, kinds: kinds, body)
        }
    }

    private static func forEachASCIIWord(in text: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let apostrophe = UInt8(ascii: "'")
        var index = 0
        while index < text.count {
            guard kinds[Int(text[index])] != 0 else {
                index += 1
                continue
            }
            let start = index
            var wordKinds: UInt8 = 0
            var hasApostrophe = false
            // After the loop `index` is the word's end: an apostrophe counts only with a word character after it.
            while index < text.count {
                let byte = text[index]
                let kind = kinds[Int(byte)]
                if kind != 0 {
                    wordKinds |= kind
                    index += 1
                } else if byte == apostrophe, index + 1 < text.count, kinds[Int(text[index + 1])] != 0 {
                    hasApostrophe = true
                    index += 1
                } else {
                    break
                }
            }
            let hasUpper = wordKinds & capital != 0
            let word = UnsafeBufferPointer(rebasing: text[start..<index])
            guard hasUpper || hasApostrophe else {
                body(word)
                continue
            }
            // A possessive `'s` is dropped, then the other apostrophes (`o'brien's` → `obrien`).
            let isPossessive = hasApostrophe && word.count >= 2 && word[word.count - 2] == apostrophe
                && (word[word.count - 1] == UInt8(ascii: "s") || word[word.count - 1] == UInt8(ascii: "S"))
            let kept = UnsafeBufferPointer(rebasing: word[0..<(isPossessive ? word.count - 2 : word.count)])
            // The rewritten word is made in room on the stack (a word is short), not in an array made for the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept.count) { room in
                var count = 0
                for byte in kept where byte != apostrophe {
                    room[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                body(UnsafeBufferPointer(rebasing: room[0..<count]))
            }
        }
    }

    /// Each byte's kind in an ASCII word: `capital` (A–Z), `lowerOrDigit` (a–z, 0–9), or 0 (not a word byte).
    private static let asciiWordKinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x41...0x5A: capital
        case 0x30...0x39, 0x61...0x7A: lowerOrDigit
        default: 0
        }
    }
    private static let lowerOrDigit: UInt8 = 1
    private static let capital: UInt8 = 2

    /// Straightened, lowercased, without diacritics. ASCII text (most of it) skips the Unicode work.
    func prepared(_ text: String) -> String {
        if Self.isASCII(text) { return Self.asciiLowercased(text) }
        var straightened = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { straightened.append(Self.straightQuotes[scalar] ?? scalar) }
        let decomposed = String(straightened).lowercased().decomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !Self.isMark(scalar) {
            // Final sigma: JavaScript's toLowerCase picks ς by context, Swift's does not; both sides use σ.
            kept.append(scalar == "\u{03C2}" ? "\u{03C3}" : scalar)
        }
        return String(kept)
    }

    /// Runs of letters and digits, with an apostrophe kept only between two of them (`don't`, not `hostages'`).
    func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var pendingApostrophe = false
        for scalar in text.unicodeScalars {
            if Self.isWordCharacter(scalar) {
                if pendingApostrophe { current.append("'") }
                pendingApostrophe = false
                current.append(scalar)
            } else if scalar == "'", !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                pendingApostrophe = false
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `netanyahu's` → `netanyahu`, `o'brien` → `obrien`.
    static func withoutApostrophes(_ word: String) -> String {
        guard word.contains("'") else { return word }
        let stem = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        return stem.replacingOccurrences(of: "'", with: "")
    }

    /// Letters and numbers by general category: what `[\p{L}\p{N}]` means to the page's script.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Typographic quotes and apostrophes → `'` and `"`.
    static let straightQuotes: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{2032}": "'", "\u{FF07}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"", "\u{FF02}": "\"",
    ]
}
