import DossierLanguage

extension Token {
    /// Begins with a capital letter: a name, an acronym or a sentence's first word (`Hamas`, `NATO`, `The`).
    var isCapitalized: Bool { isWord && startsUppercase }
}

/// `isCapitalized` and `isWord` of the token at a position, from its stored kind and shape. Asked through the array's
/// subscript, the computed properties copied the whole token first (its three strings and its form retained, then
/// released, for nothing): `StoryIndex.nameCounts` asks it of every token of the corpus.
extension Array where Element == Token {
    func isCapitalized(at index: Int) -> Bool {
        self[index].kind == .word && (self[index].shape == .capitalised || self[index].shape == .upper)
    }

    func isWord(at index: Int) -> Bool {
        self[index].kind == .word
    }
}
