extension String {
    /// Same as `lowercased()`, which maps every scalar through its Unicode lowercase mapping: ASCII by arithmetic.
    ///
    /// `lowercased()` is quick only for an all-ASCII text; one curly quote or `£` in a line sends each of its scalars
    /// through the Unicode tables. The readers lowercase every line of every article, and news lines often hold one.
    public func lowercasedFast() -> String {
        guard !isAllASCII else { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
