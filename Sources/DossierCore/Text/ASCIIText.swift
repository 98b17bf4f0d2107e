extension String {
    /// Whether every byte of the text is ASCII: the bytes are ORed together in one pass over contiguous UTF-8, with no
    /// test and branch per byte. Readers ask it of every line before choosing a byte-wise path.
    public var isAllASCII: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80
        }
    }
}
