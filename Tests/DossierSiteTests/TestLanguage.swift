import DossierCore
import DossierLanguage

/// The language data a build loads once, loaded once for these tests, and sentences made with it.
enum TestLanguage {
    static let tokenizer: Tokenizer = {
        do { return Tokenizer(lexicon: try Lexicon.load()) } catch { fatalError("\(error)") }
    }()

    /// A sentence as the parse stage makes it: its text and its tokens.
    static func sentence(_ text: String) -> Sentence {
        Sentence(id: "s1", text: text, range: 0..<text.unicodeScalars.count, line: 1, tokens: tokenizer.tokens(of: text))
    }
}
