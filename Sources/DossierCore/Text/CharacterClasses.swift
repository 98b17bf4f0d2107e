import DossierLanguage

/// The same answers as `Character.isLetter`, `isNumber`, `isWhitespace` and `isUppercase`, with an ASCII fast path.
///
/// The standard properties look up Unicode tables even for ASCII, and the tokenizers ask them for every character
/// of every sentence several times over: on a large corpus these lookups were the top item of the build's profile.
extension Character {
    /// Same as `isLetter`.
    @inlinable public var isLetterFast: Bool {
        guard let ascii = asciiValue else { return isLetter }
        return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A
    }

    /// Same as `isNumber`.
    @inlinable public var isNumberFast: Bool {
        guard let ascii = asciiValue else { return isNumber }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// Same as `isLetter || isNumber`.
    @inlinable public var isLetterOrNumber: Bool {
        guard let ascii = asciiValue else { return isLetter || isNumber }
        return (ascii >= 0x30 && ascii <= 0x39) || ((ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A)
    }

    /// Same as `isWhitespace` (ASCII white space is tab, line feed, vertical tab, form feed, carriage return, space).
    @inlinable public var isWhitespaceFast: Bool {
        guard let ascii = asciiValue else { return isWhitespace }
        return ascii.isASCIIWhitespace
    }

    /// Same as `isUppercase`.
    @inlinable public var isUppercaseFast: Bool {
        guard let ascii = asciiValue else { return isUppercase }
        return ascii >= 0x41 && ascii <= 0x5A
    }

    /// Same as `isLowercase`.
    @inlinable public var isLowercaseFast: Bool {
        guard let ascii = asciiValue else { return isLowercase }
        return ascii >= 0x61 && ascii <= 0x7A
    }
}

extension Unicode.Scalar {
    /// Same as `properties.isAlphabetic` (in ASCII, the letters), without the Unicode lookup for ASCII.
    @inlinable public var isAlphabeticFast: Bool {
        guard isASCII else { return hasAlphabeticProperty } // Out of line (ScalarCategoryLookups).
        return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }

    /// Same as `properties.numericType != nil` (in ASCII, the digits), without the Unicode lookup for ASCII.
    @inlinable public var isNumericFast: Bool {
        guard isASCII else { return hasNumericType }
        return value >= 0x30 && value <= 0x39
    }

    /// Same as `properties.isUppercase`, without the Unicode lookup for ASCII.
    @inlinable public var isUppercaseFast: Bool {
        guard isASCII else { return hasUppercaseProperty } // Out of line (ScalarCategoryLookups).
        return value >= 0x41 && value <= 0x5A
    }

    /// Same as `properties.isLowercase`, without the Unicode lookup for ASCII.
    @inlinable public var isLowercaseFast: Bool {
        guard isASCII else { return hasLowercaseProperty } // Out of line (ScalarCategoryLookups).
        return value >= 0x61 && value <= 0x7A
    }

    /// Same as `properties.isWhitespace`, without the Unicode lookup for ASCII.
    @inlinable public var isWhitespaceFast: Bool {
        guard isASCII else { return hasWhitespaceProperty } // Out of line (ScalarCategoryLookups).
        return UInt8(value).isASCIIWhitespace
    }
}

extension UInt8 {
    /// An ASCII white space byte: tab, line feed, vertical tab, form feed, carriage return, space.
    @inlinable public var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}
