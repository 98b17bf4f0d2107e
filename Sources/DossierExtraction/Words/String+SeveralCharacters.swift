extension String {
    /// More than one character (`count > 1`), told without counting every character: asked of every capitalised word
    /// of every article and every word around a number. From the first two bytes when both are ASCII (two ASCII
    /// scalars are two characters, but for a carriage return and line feed: no other ASCII scalar joins the one before
    /// it in a character); else by finding where the second character starts, a call into the standard library.
    var hasSeveralCharacters: Bool {
        let quick: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            // Fewer than two bytes are at most one character.
            guard bytes.count >= 2 else { return false }
            guard bytes[0] < 0x80, bytes[1] < 0x80, bytes[0] != UInt8(ascii: "\r") else { return nil }
            return true
        } ?? nil
        return quick ?? (!isEmpty && index(after: startIndex) != endIndex)
    }
}
