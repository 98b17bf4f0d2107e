import DossierCore
import DossierLanguage

/// The language data a build loads once, loaded once for these tests.
enum TestLanguage {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("\(error)") }
    }()
    static let tokenizer = Tokenizer(lexicon: lexicon)

    /// A sentence analysed as the parse stage analyses it.
    static func sentence(_ text: String) -> Sentence {
        Sentence(id: "s1", text: text, range: 0..<text.unicodeScalars.count, line: 1, tokens: tokenizer.tokens(of: text))
    }
}
