import DossierCore
import DossierLanguage

/// The tokens of the sentences the figures pass reads: those the parse stage made once for each sentence.
///
/// This is the one place Figures asks for a sentence's tokens. A sentence made without tokens (a test's inline
/// sentence) is tokenized here by the same shared `Tokenizer`; the build's sentences never are.
struct FigureSentences: Sendable {
    let tokenizer: Tokenizer

    init(lexicon: Lexicon) {
        tokenizer = Tokenizer(lexicon: lexicon)
    }

    func tokens(of sentence: Sentence) -> [Token] {
        sentence.tokens.isEmpty && !sentence.text.isEmpty ? tokenizer.tokens(of: sentence.text) : sentence.tokens
    }

    /// The words of `sentence` from token `start` up to token `end`, as written.
    static func text(of tokens: [Token], from start: Int, to end: Int, in sentence: String) -> String {
        guard start < end, end <= tokens.count else { return "" }
        let lowerScalar = tokens[start].range.lowerBound, upperScalar = tokens[end - 1].range.upperBound
        if let text = sentence.utf8.withContiguousStorageIfAvailable({ text(of: $0, scalars: lowerScalar..<upperScalar) }), let text {
            return text
        }
        let scalars = sentence.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: lowerScalar)
        let upper = scalars.index(lower, offsetBy: upperScalar - lowerScalar)
        return String(scalars[lower..<upper])
    }

    /// The text of the scalars at `offsets` (counted in scalars) of the UTF-8 `bytes`, found by counting the bytes that
    /// begin a scalar (those that are not continuation bytes): the scalar view's `index(_:offsetBy:)` decoded every
    /// scalar before the number, at a cost many times a byte's, for every number of every article (in the pass's one
    /// serial loop). Nil when the offsets are past the end.
    private static func text(of bytes: UnsafeBufferPointer<UInt8>, scalars offsets: Range<Int>) -> String? {
        var scalar = 0
        var lower: Int?
        for position in bytes.indices where bytes[position] & 0xC0 != 0x80 {
            if scalar == offsets.lowerBound { lower = position }
            if scalar == offsets.upperBound { return lower.map { String(decoding: bytes[$0..<position], as: UTF8.self) } }
            scalar += 1
        }
        if scalar == offsets.lowerBound { lower = bytes.count }
        guard scalar == offsets.upperBound, let lower else { return nil }
        return String(decoding: bytes[lower...], as: UTF8.self)
    }
}
