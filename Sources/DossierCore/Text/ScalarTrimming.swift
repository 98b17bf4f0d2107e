/// Foundation's `trimmingCharacters(in:)` for the character sets the readers trim with, in plain Swift.
///
/// Foundation bridges every call through `NSString` (a copy to UTF-16 and back): called on every line of every
/// article, that was a sixth of the parse stage. These trim whole Unicode scalars from both ends, as Foundation does.
extension StringProtocol {
    /// Same as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars(where: \.isWhitespaceFast)
    }

    /// Same as `trimmingCharacters(in: .whitespaces)`: spaces and tabs, not line breaks.
    public func trimmingSpaces() -> String {
        trimmingScalars(where: \.isSpaceOrTab)
    }

    /// Same as `trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))`.
    public func trimmingPunctuationAndSpaces() -> String {
        trimmingScalars { $0.isSpaceOrTab || $0.isPunctuation }
    }

    /// The text without the scalars at either end for which `trimmed` holds.
    public func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let last = scalars.index(before: end)
            guard trimmed(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex && end == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces`: a tab or a space separator (general category Zs).
    @inlinable public var isSpaceOrTab: Bool {
        guard isASCII else { return properties.generalCategory == .spaceSeparator }
        return value == 0x20 || value == 0x09
    }

    /// In `CharacterSet.punctuationCharacters`: general category P*.
    @inlinable public var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
