/// Replaces one character everywhere, without bridging to Foundation.
///
/// Foundation's `replacingOccurrences(of:with:)` copies the text into an `NSMutableString` even when there is
/// nothing to replace; names, link titles and CSV fields are replaced this way by the thousand on large corpora.
extension String {
    /// The text with every `character` replaced by `replacement` (the text itself when it has none).
    public func replacingEvery(_ character: Character, with replacement: String) -> String {
        // An ASCII character needs its byte: most texts have none and are kept without a scan by Characters.
        if character.isASCII, let byte = character.asciiValue, !containsByte(byte) { return self }
        guard contains(character) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for each in self {
            if each == character { result += replacement } else { result.append(each) }
        }
        return result
    }
}
