/// Character classes of single Unicode scalars, with an ASCII fast path: the tokenizer asks them for every scalar.
/// Outside ASCII they call the out-of-line lookups (ScalarCategoryLookups).
extension Unicode.Scalar {
    var isLetterScalar: Bool {
        if isASCII { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return hasAlphabeticProperty
    }

    var isDigitScalar: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return hasNumericType // Out of line (ScalarCategoryLookups).
    }

    var isLetterOrDigitScalar: Bool { isLetterScalar || isDigitScalar }

    /// Whether an ASCII value (below 0x80) is a letter or a digit, told by one bit of two 64-bit masks (values 0-63,
    /// 64-127): the tokenizer's scans ask it of nearly every scalar of the corpus, and two range tests and their
    /// branches cost twice as much.
    @inline(__always) static func isASCIILetterOrDigit(_ value: UInt32) -> Bool {
        // Digits 0x30-0x39 in the low word; letters 0x41-0x5A and 0x61-0x7A in the high one.
        let mask: UInt64 = value < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
        return mask >> UInt64(value & 63) & 1 != 0
    }

    /// `isLetterOrDigitScalar || isCombiningMark`, what continues a word, with the ASCII test by bit (above).
    @inline(__always) var continuesWord: Bool {
        if isASCII { return Self.isASCIILetterOrDigit(value) }
        return hasAlphabeticProperty || hasNumericType || isMarkCategory
    }

    /// A combining mark (an accent written as its own scalar) continues the word before it.
    var isCombiningMark: Bool {
        guard !isASCII else { return false }
        return isMarkCategory
    }

    var isSpaceScalar: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return hasWhitespaceProperty
    }

    var isUppercaseScalar: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        return hasUppercaseProperty
    }

    var isLowercaseScalar: Bool {
        if isASCII { return value >= 0x61 && value <= 0x7A }
        return hasLowercaseProperty
    }

    /// `'` or `’`, which join `O'Brien` and mark possessives.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }
}
