extension String {
    /// Whether the two strings are the same UTF-8 bytes (not `==`'s canonical equivalence: `café` composed and
    /// decomposed are two spellings), compared in the strings' own storage (a small string's copied out, as cheaply):
    /// `utf8.elementsEqual(other.utf8)` went through both views' iterators, some four hundred instructions for a word.
    func hasSameBytes(as other: String) -> Bool {
        // Most strings asked differ in length (a native string knows its length in bytes).
        guard utf8.count == other.utf8.count else { return false }
        let quick: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            other.utf8.withContiguousStorageIfAvailable { otherBytes in bytes.elementsEqual(otherBytes) }
        } ?? nil
        return quick ?? utf8.elementsEqual(other.utf8)
    }
}
