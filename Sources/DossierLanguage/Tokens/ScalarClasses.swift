/// Character classes of single Unicode scalars, with an ASCII fast path: the tokenizer asks them for every scalar.
extension Unicode.Scalar {
    var isLetterScalar: Bool {
        if isASCII { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    var isDigitScalar: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return hasNumericType // Out of line (ScalarCategoryLookups).
    }

    var isLetterOrDigitScalar: Bool { isLetterScalar || isDigitScalar }

    /// A combining mark (an accent written as its own scalar) continues the word before it.
    var isCombiningMark: Bool {
        guard !isASCII else { return false }
        return isMarkCategory
    }

    var isSpaceScalar: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    var isUppercaseScalar: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isLowercaseScalar: Bool {
        if isASCII { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    /// `'` or `’`, which join `O'Brien` and mark possessives.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }
}
