extension String {
    /// Same as `lowercased()`, which maps every scalar through its Unicode lowercase mapping: ASCII by arithmetic.
    ///
    /// `lowercased()` is quick only for an all-ASCII text; one curly quote or `£` in a line sends each of its scalars
    /// through the Unicode tables. The readers lowercase every line of every article, and news lines often hold one.
    /// Such a line is read on its UTF-8 bytes: an ASCII byte is lowered by arithmetic, and another scalar is decoded
    /// and copied as its bytes unless lowering changes it (`£`, `’`, `é` are not changed; only a scalar that is
    /// changed makes its mapping, a string).
    public func lowercasedFast() -> String {
        guard !isAllASCII else { return lowercased() }
        var text = self
        return text.withUTF8 { bytes in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                // Changes_When_Lowercased holds exactly when the lowercase mapping is not the scalar itself (checked
                // for every scalar by a test).
                if scalar.properties.changesWhenLowercased {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { lowered.append(contentsOf: UTF8.encode(lower)!) }
                } else {
                    lowered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                }
                index += length
            }
            return String(decoding: lowered, as: UTF8.self)
        }
    }
}
