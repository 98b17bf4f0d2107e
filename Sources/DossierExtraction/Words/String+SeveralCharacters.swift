extension String {
    /// More than one character (`count > 1`), told by finding where the second character starts rather than by
    /// counting every character: asked of every capitalised word of every article and every word around a number.
    var hasSeveralCharacters: Bool {
        !isEmpty && index(after: startIndex) != endIndex
    }
}
