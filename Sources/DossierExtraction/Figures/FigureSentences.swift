import DossierCore
import DossierLanguage

/// The tokens of the sentences the figures pass reads, made by the one shared `Tokenizer`.
///
/// This is the one place Figures asks for a sentence's tokens: when the parse stage carries analysed sentences,
/// it returns theirs instead of tokenizing the text again.
struct FigureSentences: Sendable {
    let tokenizer: Tokenizer

    init(lexicon: Lexicon) {
        tokenizer = Tokenizer(lexicon: lexicon)
    }

    func tokens(of sentence: Sentence) -> [Token] {
        tokenizer.tokens(of: sentence.text)
    }

    /// Each sentence of the article, tokenized (`tokens(of: article)[i]` is sentence `i`).
    func tokens(of article: Article) -> [[Token]] {
        article.sentences.map(tokens(of:))
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
