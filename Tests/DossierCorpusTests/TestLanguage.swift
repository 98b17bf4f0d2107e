import DossierLanguage

/// The language data a build loads once, loaded once for these tests.
enum TestLanguage {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("\(error)") }
    }()
    static let tokenizer = Tokenizer(lexicon: lexicon)
}
