import Testing
import DossierLanguage

/// The shared out-of-line lookups give the standard library's answers, for every scalar of the first planes' blocks
/// where the categories change most (Latin, punctuation, marks, spaces, digits of many scripts) and a few beyond.
@Suite struct ScalarCategoryLookupsTests {
    static let scalars: [Unicode.Scalar] = (UInt32(0)...0x3100).compactMap(Unicode.Scalar.init)
        + [0xFE10, 0xFF01, 0xFF10, 0xFF5D, 0x1D7CE, 0x1F600].compactMap(Unicode.Scalar.init)

    @Test func eachLookupIsItsProperty() {
        var disagreeing: [Unicode.Scalar] = []
        for scalar in Self.scalars {
            let category = scalar.properties.generalCategory
            let mark: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
            let punctuation: Set<Unicode.GeneralCategory> = [.connectorPunctuation, .dashPunctuation, .openPunctuation,
                .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation]
            let punctuationLike: Set<Unicode.GeneralCategory> = [.otherPunctuation, .closePunctuation,
                .finalPunctuation, .dashPunctuation]
            if scalar.hasNumericType != (scalar.properties.numericType != nil)
                || scalar.isMarkCategory != mark.contains(category)
                || scalar.isPunctuationCategory != punctuation.contains(category)
                || scalar.isSpaceSeparatorCategory != (category == .spaceSeparator)
                || scalar.isPunctuationLike != punctuationLike.contains(category)
                || scalar.hasAlphabeticProperty != scalar.properties.isAlphabetic
                || scalar.hasUppercaseProperty != scalar.properties.isUppercase
                || scalar.hasLowercaseProperty != scalar.properties.isLowercase
                || scalar.hasWhitespaceProperty != scalar.properties.isWhitespace {
                disagreeing.append(scalar)
            }
        }
        #expect(disagreeing.isEmpty)
    }

    /// Each lookup says yes to some scalars and no to others (a lookup that always gave one answer would fail here).
    @Test func eachLookupSeparates() {
        #expect("٣5".unicodeScalars.allSatisfy(\.hasNumericType) && !"a".unicodeScalars.first!.hasNumericType)
        #expect("\u{301}".unicodeScalars.first!.isMarkCategory && !"é".unicodeScalars.first!.isMarkCategory)
        #expect("_-(»!".unicodeScalars.allSatisfy(\.isPunctuationCategory) && !"$".unicodeScalars.first!.isPunctuationCategory)
        #expect(" \u{A0}\u{3000}".unicodeScalars.allSatisfy(\.isSpaceSeparatorCategory)
                && !"\t".unicodeScalars.first!.isSpaceSeparatorCategory)
        #expect(",.);”—".unicodeScalars.allSatisfy(\.isPunctuationLike) && !"(“".unicodeScalars.contains(where: \.isPunctuationLike))
        #expect("éΩ".unicodeScalars.allSatisfy(\.hasAlphabeticProperty) && !"1".unicodeScalars.first!.hasAlphabeticProperty)
        #expect("ÉΩ".unicodeScalars.allSatisfy(\.hasUppercaseProperty) && !"é".unicodeScalars.first!.hasUppercaseProperty)
        #expect("éω".unicodeScalars.allSatisfy(\.hasLowercaseProperty) && !"É".unicodeScalars.first!.hasLowercaseProperty)
        #expect("\u{A0}\u{2009}".unicodeScalars.allSatisfy(\.hasWhitespaceProperty) && !"é".unicodeScalars.first!.hasWhitespaceProperty)
    }
}
