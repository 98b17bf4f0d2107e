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
