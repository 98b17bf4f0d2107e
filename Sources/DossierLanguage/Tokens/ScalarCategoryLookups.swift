/// The Unicode lookups of a scalar's binary properties, numeric type and general category, each out of line, for every module's
/// character classes (DossierCore's inlinable helpers, the tokenizer's, the quotation reader's).
///
/// `numericType` and `generalCategory` are of resilient standard-library types (their size is known only at run
/// time): a function that reads one inline sets up room for them on the stack, through metadata calls, every time
/// it is entered, whether or not it meets a scalar outside ASCII. The tokenizer's word scanner paid about 170
/// instructions a word for it. Kept out of line, the lookups cost only the scalars that reach them. They live here,
/// the lowest module, so that DossierCore and the tokenizer share them.
extension Unicode.Scalar {
    /// `properties.isAlphabetic`. The binary properties are read out of line too: `Unicode.Scalar.Properties` is itself
    /// a resilient type, so a function reading `properties.isAlphabetic` inline called the type's metadata accessor and
    /// made stack room for it on every entry (the tokenizer's word scanner once a word, every caller of DossierCore's
    /// `isWhitespaceFast` once a call), though nearly every scalar it meets is ASCII and never reaches the lookup.
    @inline(never) public var hasAlphabeticProperty: Bool { properties.isAlphabetic }

    /// `properties.isUppercase`.
    @inline(never) public var hasUppercaseProperty: Bool { properties.isUppercase }

    /// `properties.isLowercase`.
    @inline(never) public var hasLowercaseProperty: Bool { properties.isLowercase }

    /// `properties.isWhitespace`.
    @inline(never) public var hasWhitespaceProperty: Bool { properties.isWhitespace }

    /// `properties.numericType != nil`.
    @inline(never) public var hasNumericType: Bool { properties.numericType != nil }

    /// A mark's general category: non-spacing, spacing or enclosing.
    @inline(never) public var isMarkCategory: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// A punctuation general category (P*: connector, dash, open, close, initial, final, other).
    @inline(never) public var isPunctuationCategory: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    /// The space separator general category (Zs).
    @inline(never) public var isSpaceSeparatorCategory: Bool { properties.generalCategory == .spaceSeparator }

    /// Punctuation that may follow a closing quote (`",` `".` `");`): other, close, final or dash punctuation.
    @inline(never) public var isPunctuationLike: Bool {
        switch properties.generalCategory {
        case .otherPunctuation, .closePunctuation, .finalPunctuation, .dashPunctuation: true
        default: false
        }
    }
}
