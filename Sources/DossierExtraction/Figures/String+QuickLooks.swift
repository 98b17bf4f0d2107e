extension String {
    /// Whether the string's UTF-8 holds `byte`, read in place (`utf8.contains` went through the view's iterator, some
    /// 250 instructions a call for a short word). The figures, people and topics passes ask it of the words they read (a hyphen
    /// in `twenty-four`, a full stop in `F.B.I.`): words are a few bytes long, and a loop over them costs less than
    /// `containsByte`'s call of `memchr`, with the string retained and released around it.
    @inline(__always)
    func holdsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
