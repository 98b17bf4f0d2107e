extension String {
    /// Whether the string's UTF-8 holds `byte`, read in place. The figures pass asks it of every word it reads (a hyphen
    /// in `twenty-four`, a full stop in `F.B.I.`): words are a few bytes long, and a loop over them costs less than
    /// `containsByte`'s call of `memchr`, with the string retained and released around it.
    @inline(__always)
    func holdsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// `hasSeveralCharacters`, answered from the first two bytes when both are ASCII: two ASCII scalars are two characters,
    /// but for a carriage return and line feed (no other ASCII scalar joins the one before it in a character). Other
    /// words ask `hasSeveralCharacters`, which finds where the second character starts by a call into the standard library.
    var hasSeveralCharactersQuickly: Bool {
        let quick: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            // Fewer than two bytes are at most one character.
            guard bytes.count >= 2 else { return false }
            guard bytes[0] < 0x80, bytes[1] < 0x80, bytes[0] != UInt8(ascii: "\r") else { return nil }
            return true
        } ?? nil
        return quick ?? hasSeveralCharacters
    }
}
