import DossierCore
/// Splits a paragraph into sentences.
///
/// A full stop ends a sentence only when a sentence can start after it: white space, then a capital,
/// a digit or an opening quote. It copes with titles (`Mr.`, `Dr.`, `Gen.`), initials (`George W. Bush`),
/// dotted acronyms (`U.S.`), abbreviations before numbers (`Jan. 20`, `No. 10`), decimals (`1.9`),
/// ellipses, and quotations that run over several sentences (kept whole with their attribution).
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text` with their scalar ranges in it, white space trimmed.
    public func split(_ text: String) -> [(Range<Int>, String)] {
        let scalars = Array(text.unicodeScalars)
        return sentenceRanges(in: scalars).map { range in (range, String(scalars: scalars[range])) }
    }

    /// The ranges of the sentences in `scalars`, trimmed of white space, in order.
    public func sentenceRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        sentenceRanges(in: scalars, into: &ranges)
        return ranges
    }

    /// `sentenceRanges(in:)` written over what `ranges` held (a caller reading paragraph after paragraph keeps one
    /// array for them all).
    func sentenceRanges(in scalars: [Unicode.Scalar], into ranges: inout [Range<Int>]) {
        sentenceRanges(in: scalars, marks: scalars.indices.filter { Self.isMark(scalars[$0]) }, into: &ranges)
    }

    /// `sentenceRanges(in:into:)`, given where the marks stand in `scalars` (`isMark`, in order): only they are read
    /// for sentence ends and quotations, not every scalar (`ParagraphText` notes them as it reads a paragraph).
    func sentenceRanges(in scalars: [Unicode.Scalar], marks: [Int], into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        let quotes = QuotationSpans(scalars, at: marks)
        var start = 0
        // A sentence ends after its marks and white space: the next is looked for from where it starts.
        for index in marks where index >= start && Self.isTerminal(scalars[index]) {
            if let next = boundary(at: index, in: scalars, quotes: quotes) {
                appendTrimmed(start..<next, of: scalars, to: &ranges)
                start = next
            }
        }
        appendTrimmed(start..<scalars.count, of: scalars, to: &ranges)
    }

    /// A scalar the splitter reads: one that may end a sentence (`isTerminal`) or open or close a quotation
    /// (`"`, `“`, `”`, as `QuotationSpans` reads them).
    @inline(__always) static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        isTerminal(scalar) || scalar == "\"" || scalar == "“" || scalar == "”"
    }

    /// Where the next sentence starts when the terminal punctuation at `index` ends one, else nil.
    func boundary(at index: Int, in scalars: [Unicode.Scalar], quotes: QuotationSpans) -> Int? {
        let mark = scalars[index]
        guard Self.isTerminal(mark) else { return nil }
        // Only the last mark of a run (`?!`, `...`) can end the sentence.
        let end = index + 1
        guard end >= scalars.count || !Self.isTerminal(scalars[end]) else { return nil }
        var runStart = index
        while runStart > 0, Self.isTerminal(scalars[runStart - 1]) { runStart -= 1 }
        var afterClosers = end
        while afterClosers < scalars.count, isCloser(at: afterClosers, in: scalars) { afterClosers += 1 }
        guard afterClosers < scalars.count, scalars[afterClosers].isWhitespaceFast else { return nil }
        var next = afterClosers
        while next < scalars.count, scalars[next].isWhitespaceFast { next += 1 }
        guard next < scalars.count, let starter = StarterKind(scalars[next]) else { return nil }
        if starter == .quote && opensLowerCase(from: next, in: scalars) { return nil }
        if quotes.isInside(index, closingAtOrAfter: afterClosers) { return nil }
        let run = scalars[runStart..<end]
        let isEllipsis = run.contains("…") || run.lazy.filter({ $0 == "." }).count >= 3
        if run.count == 1 && mark == "." && !isEllipsis {
            let word = scalars[wordStart(before: runStart, in: scalars)..<runStart]
            if !AbbreviationRule.endsSentence(after: word, starter: starter, nextWord: self.word(from: next, in: scalars)) {
                return nil
            }
        }
        return next
    }

    /// A quote or bracket followed by a lower-case word continues the sentence (`a U.S. “takeover” of Gaza`).
    func opensLowerCase(from index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var position = index
        while position < scalars.count, StarterKind(scalars[position]) == .quote { position += 1 }
        return position < scalars.count && scalars[position].isLowercaseFast
    }

    /// Closing quotes and brackets that stay with the sentence they end.
    func isCloser(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        if scalar == "\"" {
            return QuotationSpans.isClosingStraightQuote(at: index, in: scalars)
        }
        return "”’')]»".unicodeScalars.contains(scalar)
    }

    /// Where the letters and inner dots just before the full stop at `index` start (`U.S`, `Mr`, `W`, `1`).
    func wordStart(before index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = index
        while start > 0 {
            let scalar = scalars[start - 1]
            guard scalar.isAlphabeticFast || scalar.isNumericFast || scalar == "." else { break }
            start -= 1
        }
        return start
    }

    /// The word that starts at `index`, without surrounding quotes.
    func word(from index: Int, in scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        var position = index
        while position < scalars.count, !scalars[position].isAlphabeticFast,
              !scalars[position].isWhitespaceFast { position += 1 }
        while position < scalars.count, scalars[position].isAlphabeticFast {
            view.append(scalars[position])
            position += 1
        }
        return String(view)
    }

    func appendTrimmed(_ range: Range<Int>, of scalars: [Unicode.Scalar], to ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isWhitespaceFast { lower += 1 }
        while upper > lower, scalars[upper - 1].isWhitespaceFast { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }

    /// `.`, `!`, `?` or `…`: a mark that may end a sentence.
    @inline(__always) static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }
}

/// What kind of character opens the text after a possible sentence end.
enum StarterKind {
    case capital, digit, quote

    init?(_ scalar: Unicode.Scalar) {
        if scalar.isUppercaseFast {
            self = .capital
        } else if scalar.isNumericFast {
            self = .digit
        } else if "\"“‘'([¿¡".unicodeScalars.contains(scalar) {
            self = .quote
        } else {
            return nil
        }
    }
}
