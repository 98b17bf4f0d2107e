extension String {
    /// Whether the string is `word`, a word of lowercase ASCII letters, compared byte by byte. `==` with a string of
    /// another spelling calls the standard library's comparison, which first makes sure both are normalised, for
    /// every word asked: `StoryYearInference.saysLastYear` asks it of every word of an undated corpus.
    /// The answer is `==`'s: no other string is canonically equal to a word of lowercase ASCII letters.
    @inline(__always)
    func isExactly(_ word: StaticString) -> Bool {
        // Most words asked differ in length (a native string knows its length in bytes).
        guard utf8.count == word.utf8CodeUnitCount else { return false }
        // The bytes compared in place (a small string's copied out, as cheaply): the UTF-8 view's iterator cost a call's
        // worth of checks for every byte, and a quarter of a text's words are as long as `last`.
        return word.withUTF8Buffer { literal in
            utf8.withContiguousStorageIfAvailable { $0.elementsEqual(literal) } ?? utf8.elementsEqual(literal)
        }
    }
}
