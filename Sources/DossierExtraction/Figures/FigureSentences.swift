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
        let scalars = sentence.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: tokens[start].range.lowerBound)
        let upper = scalars.index(lower, offsetBy: tokens[end - 1].range.upperBound - tokens[start].range.lowerBound)
        return String(scalars[lower..<upper])
    }
}
