extension String {
    /// Whether the string is `word`, a word of lowercase ASCII letters, compared byte by byte. `==` with a string of
    /// another spelling calls the standard library's comparison, which first makes sure both are normalised, for
    /// every word asked: `mayStartNumber` and `StoryYearInference.saysLastYear` ask it of every word of the corpus.
    /// The answer is `==`'s: no other string is canonically equal to a word of lowercase ASCII letters.
    @inline(__always)
    func isExactly(_ word: StaticString) -> Bool {
        // Most words asked differ in length (a native string knows its length in bytes).
        guard utf8.count == word.utf8CodeUnitCount else { return false }
        var bytes = utf8.makeIterator()
        return word.withUTF8Buffer { literal in
            for byte in literal where bytes.next() != byte { return false }
            return bytes.next() == nil
        }
    }
}
