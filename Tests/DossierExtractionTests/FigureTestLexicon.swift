import DossierLanguage
@testable import DossierExtraction

/// The language data the figures tests read, loaded once (WordNet from `wordnet-base`, as the build needs).
enum FigureTestLexicon {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("\(error)") }
    }()

    static func tokens(of sentence: String) -> [Token] {
        Tokenizer(lexicon: lexicon).tokens(of: sentence)
    }
}
