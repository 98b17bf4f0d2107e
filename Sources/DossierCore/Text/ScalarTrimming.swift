import DossierLanguage

/// Foundation's `trimmingCharacters(in:)` for the character sets the readers trim with, in plain Swift.
///
/// Foundation bridges every call through `NSString` (a copy to UTF-16 and back): called on every line of every
/// article, that was a sixth of the parse stage. These trim whole Unicode scalars from both ends, as Foundation does.
extension Substring {
    /// Same as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars(where: \.isInWhitespacesAndNewlines)
    }

    /// Same as `trimmingCharacters(in: .whitespaces)`: spaces and tabs, not line breaks.
    public func trimmingSpaces() -> String {
        trimmingScalars(where: \.isInWhitespaces)
    }

    /// Same as `trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))`.
    public func trimmingPunctuationAndSpaces() -> String {
        trimmingScalars { $0.isInWhitespaces || $0.isPunctuation }
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
        return String(Substring(scalars[start..<end]))
    }
}

extension String {
    /// Same as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String { trimmingScalars(where: \.isInWhitespacesAndNewlines) }

    /// Same as `trimmingCharacters(in: .whitespaces)`: spaces and tabs, not line breaks.
    public func trimmingSpaces() -> String { trimmingScalars(where: \.isInWhitespaces) }

    /// Same as `trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))`.
    public func trimmingPunctuationAndSpaces() -> String { trimmingScalars { $0.isInWhitespaces || $0.isPunctuation } }

    /// `Substring.trimmingScalars(where:)`, but a string with nothing to trim at either end (most lines of an article)
    /// is given back as it is, not copied.
    public func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, !trimmed(first), !trimmed(last) else {
            return self[...].trimmingScalars(where: trimmed)
        }
        return self
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces`: a tab, a space separator (general category Zs), and the zero-width space
    /// U+200B, which Foundation counts as a space.
    @inlinable public var isInWhitespaces: Bool {
        guard isASCII else { return isSpaceSeparatorCategory || value == 0x200B }
        return value == 0x20 || value == 0x09
    }

    /// In `CharacterSet.whitespacesAndNewlines`: white space and line breaks, and the zero-width space U+200B.
    @inlinable public var isInWhitespacesAndNewlines: Bool {
        isWhitespaceFast || value == 0x200B
    }

    /// In `CharacterSet.punctuationCharacters`: general category P* (in ASCII ``!"#%&'()*,-./:;?@[\]_{}``, not the
    /// symbols `$+<=>^`|~`).
    @inlinable public var isPunctuation: Bool {
        if isASCII {
            switch value {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        return isPunctuationCategory
    }
}
