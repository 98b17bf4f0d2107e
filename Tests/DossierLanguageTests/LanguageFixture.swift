import DossierLanguage

/// One lexicon for every test of the target, loaded as a build loads it.
enum LanguageFixture {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("\(error)") }
    }()
}
