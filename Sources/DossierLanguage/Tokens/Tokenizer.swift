/// The one tokenizer: splits a sentence into words, numbers and punctuation marks, and analyses each once
/// (shape, lower form, WordNet lemma, number value, whether it is quoted or possessive).
///
/// Words keep inner hyphens and apostrophes (`al-Madhoun`, `O'Brien`, `21-year-old`), numbers keep their
/// thousands groups and decimals (`1,200`, `1.9`), abbreviations keep their full stop (`Mr.`, `W.`, `U.S.`).
public struct Tokenizer: Sendable {
    public let lexicon: Lexicon
    /// Called with each sentence tokenized; tests use it to prove the text is tokenized once per build.
    public var observer: (@Sendable (String) -> Void)?
    /// The word types analysed so far and the buffers reused, a workspace per thread (see `TokenizerWorkspace`).
    private let workspaces = TokenizerWorkspacePool()

    public init(lexicon: Lexicon, observer: (@Sendable (String) -> Void)? = nil) {
        self.lexicon = lexicon
        self.observer = observer
    }

    public func tokens(of sentence: String) -> [Token] {
        withWorkspace { tokens(of: sentence, scalars: Array(sentence.unicodeScalars), workspace: &$0) }
    }

    /// `body` run with a workspace lent to this thread, for `tokens(of:scalars:workspace:)`: sentences tokenized one
    /// after another share it, so a word seen before is not analysed again and the buffers are not made again.
    public func withWorkspace<Result>(_ body: (inout TokenizerWorkspace) -> Result) -> Result {
        workspaces.withWorkspace(body)
    }

    /// The tokens of `sentence`, given as its scalars too (the parse stage has them already), its words looked up in
    /// and added to the workspace's word types.
    public func tokens(of sentence: String, scalars: [Unicode.Scalar], workspace: inout TokenizerWorkspace) -> [Token] {
        tokens(of: sentence, scalars: scalars, words: &workspace.words, spans: &workspace.spans, forms: &workspace.forms,
               marks: &workspace.marks)
    }

    /// The workspace's parts as separate `inout`s: the word-forms closure below reads `forms` while `words` is changed,
    /// which would be overlapping access if both were reached through `workspace`.
    ///
    /// The scans read the scalars through one buffer pointer for the sentence: read through the array, each scalar
    /// paid a bounds check and the slices' iterators their own (the span scan, the word hash and the compare with a
    /// known type read every scalar of the corpus, some forty instructions a scalar together). Every index is
    /// checked against the buffer's count before it is read.
    private func tokens(of sentence: String, scalars: [Unicode.Scalar], words: inout WordTypes, spans: inout [Range<Int>],
                        forms: inout WordForms, marks: inout [Unicode.Scalar: TokenFormsReference]) -> [Token] {
        observer?(sentence)
        return scalars.withUnsafeBufferPointer { buffer in
            tokens(of: buffer, scalars: scalars, words: &words, spans: &spans, forms: &forms, marks: &marks)
        }
    }

    /// The tokens of a sentence whose scalars are `buffer` (and `scalars`, the same, for the analysis of a new type).
    private func tokens(of buffer: UnsafeBufferPointer<Unicode.Scalar>, scalars: [Unicode.Scalar], words: inout WordTypes,
                        spans: inout [Range<Int>], forms: inout WordForms,
                        marks: inout [Unicode.Scalar: TokenFormsReference]) -> [Token] {
        // The spans first, so that the tokens are made into an array of their exact count: one grown by appending
        // keeps up to twice the room it needs, and a corpus's tokens live until the build ends.
        let spanCount = self.spans(of: buffer, into: &spans)
        let asciiMarks = Self.asciiMarks
        // Each span makes one token, written in place in the array's room: a token made apart and appended was copied
        // once more and the first destroyed (retaining and releasing its strings again), for every token of the corpus.
        return Array(unsafeUninitializedCapacity: spanCount) { room, made in
            var quoted = false
            var previousEnd = 0
            for span in spans[..<spanCount] {
                // One token a span: the room, made for `spans.count`, is never written past; every span lies in the buffer.
                precondition(made < room.count && span.lowerBound >= 0 && span.upperBound <= buffer.count)
                let token = room.baseAddress! + made
                // Only white space lies between two spans; the first token has the sentence start before it.
                let spaceBefore = made == 0 || span.lowerBound > previousEnd
                previousEnd = span.upperBound
                let scalar = buffer[span.lowerBound]
                if scalar.isLetterOrDigitScalar {
                    let place = words.place(of: buffer[span])
                    let found: Int
                    if let known = place.found {
                        found = known
                    } else {
                        // A type new to this thread: analysed, and given its build-wide number.
                        var analysis = word(scalars[span], hash: place.hash, forms: &forms)
                        analysis.setWordType(WordTypeNumbers.number(of: scalars[span], text: analysis.text, hash: place.hash))
                        found = words.add(analysis, of: scalars[span], at: place)
                    }
                    // The analysis copied once, into its place, then given this occurrence's fields there.
                    token.initialize(to: words.analysis(found))
                    token.pointee.setOccurrence(range: span, index: made, spaceBefore: spaceBefore, isQuoted: quoted)
                } else {
                    if scalar == "\"" { quoted.toggle() }
                    if Self.isOpeningQuote(scalar) { quoted = true }
                    let mark = scalar.isASCII ? asciiMarks[Int(scalar.value)] : Self.forms(ofMark: scalar, known: &marks)
                    token.initialize(to: Token(punctuation: mark, range: span, index: made, spaceBefore: spaceBefore, isQuoted: quoted))
                    if Self.isClosingQuote(scalar) { quoted = false }
                }
                made += 1
            }
        }
    }

    /// The forms of each ASCII scalar as a punctuation mark's token, made once: a one-scalar string made anew for each
    /// mark cost some sixty instructions (a mark is about one token in six). Read once a sentence, not once a mark
    /// (each read of a `static let` goes through its one-time initialisation check).
    static let asciiMarks: [TokenFormsReference] = (0..<128).map { .interned(mark: String(Unicode.Scalar(UInt8($0)))) }

    /// The forms of a mark outside ASCII (`“`, `£`, `—`), from the workspace's own table of them: the process's store
    /// of forms takes a lock, so it is asked once a mark a thread, not once a token.
    private static func forms(ofMark scalar: Unicode.Scalar, known: inout [Unicode.Scalar: TokenFormsReference]) -> TokenFormsReference {
        if let forms = known[scalar] { return forms }
        let forms = TokenFormsReference.interned(mark: String(scalar))
        known[scalar] = forms
        return forms
    }

    /// Where each token lies: a word or number (with the full stop it keeps), or a single punctuation mark; written
    /// over the first of `spans`, which is made long enough, and counted. The spans are written in place, not
    /// appended: an append asks whether the array is uniquely referenced, a call for every token of the corpus.
    private func spans(of scalars: UnsafeBufferPointer<Unicode.Scalar>, into spans: inout [Range<Int>]) -> Int {
        // A span holds one scalar or more: there are no more spans than scalars.
        if spans.count < scalars.count { spans = Array(repeating: 0..<0, count: Swift.max(scalars.count, spans.count * 2)) }
        return spans.withUnsafeMutableBufferPointer { room in
            var made = 0
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.isSpaceScalar {
                    index += 1
                    continue
                }
                var end = index + 1
                if scalar.isLetterOrDigitScalar {
                    end = Self.endOfWord(scalars, from: index)
                    if end < scalars.count, scalars[end] == ".", keepsFullStop(scalars[index..<end]) { end += 1 }
                }
                // `made` <= `index` < the scalars' count <= the room's.
                precondition(made < room.count)
                room[made] = index..<end
                made += 1
                index = end
            }
            return made
        }
    }

    /// `“ ‘ « „`: a mark after it is quoted.
    private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "‘" || scalar == "«" || scalar == "„"
    }

    /// `” ’ »`: a mark after it is not quoted.
    private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "”" || scalar == "’" || scalar == "»"
    }

    /// Letters and digits, joined by `-`, `'`, `’` between them, `,` before a thousands group, `.` between digits
    /// or between capitals (`U.S`).
    private static func endOfWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let count = scalars.count
        var index = start + 1
        while index < count {
            // The ASCII letters and digits that make up most words, in a loop of their own.
            while index < count, case let value = scalars[index].value, value < 0x80,
                  Unicode.Scalar.isASCIILetterOrDigit(value) {
                index += 1
            }
            guard index < count else { break }
            let scalar = scalars[index]
            if scalar.continuesWord {
                index += 1
                continue
            }
            guard index + 1 < scalars.count else { break }
            let previous = scalars[index - 1], next = scalars[index + 1]
            let joins: Bool
            switch scalar {
            case "-", "'", "’":
                joins = next.isLetterOrDigitScalar
            case ",":
                joins = previous.isDigitScalar && next.isDigitScalar && digitGroupFollows(scalars, at: index + 1)
            case ".":
                joins = (previous.isDigitScalar && next.isDigitScalar) || (previous.isUppercaseScalar && next.isUppercaseScalar)
            default:
                joins = false
            }
            guard joins else { break }
            index += 1
        }
        return index
    }

    /// `1,200` joins but `2023,2024` or `7,5` do not: a thousands group is exactly three digits.
    private static func digitGroupFollows(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) -> Bool {
        var end = start
        while end < scalars.count, scalars[end].isDigitScalar { end += 1 }
        return end - start == 3
    }

    /// Initials (`W.`), abbreviations from the lexicon (`Mr.`, `Sen.`), and dotted forms (`U.S.`) keep their full stop.
    /// A word longer than every abbreviation is not lowered to be looked up (its lower case is no shorter).
    private func keepsFullStop(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        if word.count == 1 { return word.first!.isUppercaseScalar }
        if word.contains(".") { return true }
        guard word.count <= Self.longestAbbreviation else { return false }
        return lexicon.contains(Self.lowered(word), in: .abbreviations)
    }

    /// The scalars of the longest abbreviation that keeps its full stop.
    static let longestAbbreviation = WordList.abbreviations.words.reduce(0) { max($0, $1.unicodeScalars.count) }

    /// A word's or number's analysis, its occurrence fields (range, position, spacing, quoting) left to the caller.
    /// `hash`: `WordTypes.hash` of the scalars, which finds the forms in the process's store.
    private func word(_ scalars: ArraySlice<Unicode.Scalar>, hash: UInt64, forms: inout WordForms) -> Token {
        let word = forms.forms(of: scalars)
        if scalars.first!.isDigitScalar {
            let strings = TokenFormsReference.interned(text: word.text, lower: word.lower, lemma: word.lower,
                                                       nounLemma: word.lower, textHash: hash)
            return Token(analysis: strings, kind: .number, shape: .other, number: Self.value(of: word.lower),
                         isPossessive: word.isPossessive)
        }
        let lemmas = lexicon.lemmas(of: word.lower)
        let strings = TokenFormsReference.interned(text: word.text, lower: word.lower, lemma: lemmas.lemma,
                                                   nounLemma: lemmas.noun, textHash: hash)
        return Token(analysis: strings, kind: .word, shape: Self.shape(of: scalars), number: nil,
                     isPossessive: word.isPossessive)
    }

    /// Lower case with straight apostrophes.
    static func lowered<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == "’" {
                view.append("'")
            } else if scalar.isASCII {
                view.append(scalar.isUppercaseScalar ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
            } else {
                view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(view)
    }

    static func shape(of scalars: ArraySlice<Unicode.Scalar>) -> Token.Shape {
        var upper = 0, lower = 0
        for scalar in scalars {
            if scalar.isUppercaseScalar { upper += 1 } else if scalar.isLowercaseScalar { lower += 1 }
        }
        guard let first = scalars.first(where: \.isLetterScalar) else { return .other }
        if first.isUppercaseScalar { return lower == 0 && upper > 1 ? .upper : .capitalised }
        return upper > 0 ? .mixed : .lower
    }

    /// `1,200` → 1200, `1.9`, `15th` → 15; nil for `21-year-old` or `3m`.
    static func value(of lower: String) -> Double? {
        var digits = Substring(lower).utf8
        for suffix in ["st", "nd", "rd", "th"] where digits.suffix(2).elementsEqual(suffix.utf8) {
            digits = digits.dropLast(2)
            break
        }
        // Digits, thousands commas and decimal points only: ASCII, so a byte is a character.
        guard !digits.isEmpty, digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
        else { return nil }
        if !digits.contains(UInt8(ascii: ",")) { return Double(Substring(digits)) }
        return Double(String(decoding: digits.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
    }
}
