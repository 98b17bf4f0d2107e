import DossierCore
import DossierLanguage
/// The balanced double-quoted passages of a paragraph, so that a quotation of several sentences stays whole.
///
/// Curly quotes say which way they face; a straight `"` opens after a space or a bracket and closes otherwise.
/// A quotation that opens again before it closes (the style of a quote continued in a new paragraph) and
/// one that never closes are not protected: the text is split as usual there.
struct QuotationSpans {
    /// The protected quotations, from the index of the opening quote to that of the closing one, in order (they do not
    /// overlap: a quote opened again drops the one before). A paragraph holds a few, so they are kept, not a closing
    /// index for each of its scalars.
    private var spans: [(open: Int, close: Int)] = []

    /// Longer quotations are split into their sentences anyway, to keep sentences readable as anchors.
    static let longestProtected = 600

    init(_ scalars: [Unicode.Scalar]) {
        self.init(scalars, at: scalars.indices)
    }

    /// The quotations of `scalars` read at `positions` alone (in order), which must hold every quote mark's.
    init(_ scalars: [Unicode.Scalar], at positions: some Sequence<Int>) {
        var open: Int?
        for index in positions {
            switch scalars[index] {
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
        spans.append((start, end))
    }

    /// True when `index` is inside a quotation (after its opening quote, before its closing one) that closes at or
    /// after `position`.
    func isInside(_ index: Int, closingAtOrAfter position: Int) -> Bool {
        // The first quotation that closes after `index` is the only one that may hold it.
        let first = spans.firstIndex(above: index) { $0.close }
        guard first < spans.count else { return false }
        let span = spans[first]
        return span.open < index && span.close >= position
    }

    /// A straight quote closes when it follows a non-space and does not open a word.
    static func isClosingStraightQuote(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        if before.isWhitespaceFast || "([{—–-".unicodeScalars.contains(before) { return false }
        if after.isWhitespaceFast || after.isPunctuationLike { return true }
        return !before.hasAlphabeticProperty
    }
}
