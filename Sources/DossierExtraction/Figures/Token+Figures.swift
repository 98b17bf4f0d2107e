import DossierLanguage

extension Token {
    /// Begins with a capital letter: a name, an acronym or a sentence's first word (`Hamas`, `NATO`, `The`).
    var isCapitalized: Bool { isWord && startsUppercase }
}
