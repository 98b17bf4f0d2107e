import DossierCore
/// The balanced double-quoted passages of a paragraph, so that a quotation of several sentences stays whole.
///
/// Curly quotes say which way they face; a straight `"` opens after a space or a bracket and closes otherwise.
/// A quotation that opens again before it closes (the style of a quote continued in a new paragraph) and
/// one that never closes are not protected: the text is split as usual there.
struct QuotationSpans {
    /// For each scalar inside a protected quotation, the index of its closing quote; -1 elsewhere.
    private var closing: [Int]

    /// Longer quotations are split into their sentences anyway, to keep sentences readable as anchors.
    static let longestProtected = 600

    init(_ scalars: [Unicode.Scalar]) {
        closing = Array(repeating: -1, count: scalars.count)
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "“":
                open = index
            case "”":
                if let start = open { protect(start, index) }
                open = nil
            case "\"":
                if Self.isClosingStraightQuote(at: index, in: scalars) {
                    if let start = open { protect(start, index) }
                    open = nil
                } else {
                    open = index
                }
            default:
                continue
            }
        }
    }

    private mutating func protect(_ start: Int, _ end: Int) {
        guard end - start <= Self.longestProtected, end > start + 1 else { return }
        for index in (start + 1)..<end { closing[index] = end }
    }

    /// True when `index` is inside a quotation that closes at or after `position`.
    func isInside(_ index: Int, closingAtOrAfter position: Int) -> Bool {
        index < closing.count && closing[index] >= position
    }

    /// A straight quote closes when it follows a non-space and does not open a word.
    static func isClosingStraightQuote(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        if before.isWhitespaceFast || "([{—–-".unicodeScalars.contains(before) { return false }
        if after.isWhitespaceFast || after.properties.isPunctuationLike { return true }
        return !before.properties.isAlphabetic
    }
}

extension Unicode.Scalar.Properties {
    /// Punctuation that may follow a closing quote (`",` `".` `");`).
    var isPunctuationLike: Bool {
        switch generalCategory {
        case .otherPunctuation, .closePunctuation, .finalPunctuation, .dashPunctuation: true
        default: false
        }
    }
}
