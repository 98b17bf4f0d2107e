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

extension String {
    /// `count`, the number of characters, told by the number of bytes when every byte is ASCII and none a carriage
    /// return (each such byte is then one character: no other ASCII scalar joins the one before it); else counted by
    /// the standard library, which walks the characters' boundaries (some two hundred instructions for a short word,
    /// asked of words in the topic, timeline and people passes).
    var characterCount: Int {
        let quick: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var all: UInt8 = 0
            var holdsReturn = false
            for byte in bytes {
                all |= byte
                holdsReturn = holdsReturn || byte == UInt8(ascii: "\r")
            }
            return all < 0x80 && !holdsReturn ? bytes.count : nil
        } ?? nil
        return quick ?? count
    }
}
