import DossierCore
import DossierLanguage

/// What the name finder asks of a token.
extension Token {
    // The tests the name finder asks of every token are inlined and read the token's fields in place: a call that took
    // the token as a whole copied it out of its array first (retaining and releasing its strings), at every call.
    // What needs more than the fields is a static function of the text.

    /// A word or a number: anything but a punctuation mark.
    @inline(__always) var isWordOrNumber: Bool { kind != .punctuation }

    /// `isWordOrNumber` of the token at `index`, its kind read in place in the array: the getter (this module's, not
    /// the token's own), asked of a token there, copied the whole token and destroyed the copy (its strings retained
    /// and released), for the words around every name run.
    @inline(__always) static func isWordOrNumber(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].kind != .punctuation
    }

    /// As written, without a possessive ending (`Hamas’s` → `Hamas`), a kept full stop left on (`W.`).
    @inline(__always) var nameText: String {
        guard isPossessive else { return text }
        return String(text.dropLast(2))
    }

    /// `nameText` of the token at `index`, its fields read in place in the array: the getter, asked of a token there,
    /// copied the whole token (retaining and releasing its strings), for the words in and around every name run.
    @inline(__always) static func nameText(_ tokens: [Token], at index: Int) -> String {
        guard tokens[index].isPossessive else { return tokens[index].text }
        return String(tokens[index].text.dropLast(2))
    }

    /// `nameText` starts with a lower-case letter. An ASCII first byte answers alone: a letter `a`–`z` is lower case
    /// (with or without a combining mark after it), any other ASCII character is not.
    @inline(__always) var startsLowercase: Bool {
        if !isPossessive, let byte = text.utf8.first, byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return Self.nameTextStartsLowercase(text, isPossessive: isPossessive)
    }

    /// `startsLowercase` of the token at `index`, its fields read in place in the array: the getter, asked of a token
    /// there, copied the whole token first, for every word of the corpus (`NameWordCounts`).
    @inline(__always) static func startsLowercase(_ tokens: [Token], at index: Int) -> Bool {
        if !tokens[index].isPossessive, let byte = tokens[index].text.utf8.first, byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return nameTextStartsLowercase(tokens[index].text, isPossessive: tokens[index].isPossessive)
    }

    private static func nameTextStartsLowercase(_ text: String, isPossessive: Bool) -> Bool {
        (isPossessive ? String(text.dropLast(2)) : text).first?.isLowercase == true
    }

    /// Starts with a capital letter and is not all capitals (`NATO`, `OVER`), except initials (`W.`, `H.R.`);
    /// or a particle joined to a capitalised name (`al-Madhoun`, `diNapoli`).
    @inline(__always) var isCapitalised: Bool { Self.isCapitalised(kind: kind, shape: shape) { text } }

    /// `isCapitalised` of the token at `index`, its fields read in place in the array: the getter, asked of a token
    /// there, copied the whole token across the calls that read its text.
    @inline(__always) static func isCapitalised(_ tokens: [Token], at index: Int) -> Bool {
        isCapitalised(kind: tokens[index].kind, shape: tokens[index].shape) { tokens[index].text }
    }

    /// The kind and the shape answer, but for the shapes whose text tells: only those read it (`text`), so a caller
    /// that reads the token in its array retains no string for a punctuation mark or a lower-case word.
    @inline(__always) private static func isCapitalised(kind: Kind, shape: Shape, text: () -> String) -> Bool {
        guard kind == .word else { return false }
        switch shape {
        case .capitalised: return Self.startsWithCapital(text())
        case .upper: return Self.isInitials(text())
        case .mixed: return Self.isParticleJoinedName(text())
        case .lower, .other: return false
        }
    }

    /// An ASCII first byte answers alone (`A`–`Z` are the ASCII capitals); any other first scalar asks Unicode.
    private static func startsWithCapital(_ text: String) -> Bool {
        if let byte = text.utf8.first, byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// `al-Madhoun`, `diNapoli`: a particle, then a capitalised name.
    private static func isParticleJoinedName(_ text: String) -> Bool {
        if let hyphen = text.firstIndex(of: "-") {
            return NameLexicon.particles.contains(String(text[..<hyphen]).lowercased())
                && text[text.index(after: hyphen)...].first?.isUppercaseFast == true
        }
        guard let capital = text.firstIndex(where: \.isUppercaseFast) else { return false }
        return NameLexicon.particles.contains(String(text[..<capital])) && text[capital...].dropFirst().contains(where: \.isLowercase)
    }

    /// Two or three dotted capitals (`H.R.`, `J.R.R.`): the initials of given names, or an abbreviation (`U.S.`).
    var isInitials: Bool { Self.isInitials(text) }

    /// `isInitials` of the token at `index`, its text read in place in the array (as `isWordOrNumber(_:at:)`).
    @inline(__always) static func isInitials(_ tokens: [Token], at index: Int) -> Bool { isInitials(tokens[index].text) }

    private static func isInitials(_ text: String) -> Bool {
        let bytes = text.utf8
        // Fewer than four bytes are fewer than four characters; ASCII bytes (no carriage return, which joins a line
        // feed) are the characters themselves, read in place.
        guard bytes.count >= 4 else { return false }
        if !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) {
            guard bytes.count <= 6, bytes.count % 2 == 0 else { return false }
            return bytes.enumerated().allSatisfy { position, byte in
                position % 2 == 0 ? (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) : byte == UInt8(ascii: ".")
            }
        }
        let letters = Array(text)
        guard letters.count >= 4, letters.count <= 6, letters.count % 2 == 0 else { return false }
        return stride(from: 0, to: letters.count, by: 2).allSatisfy { letters[$0].isUppercaseFast && letters[$0 + 1] == "." }
    }

    /// A single capital letter with its full stop (`W.` in `George W. Bush`).
    var isInitial: Bool { Self.isInitial(kind: kind, text: text) }

    /// `isInitial` of the token at `index`, its fields read in place in the array (as `isWordOrNumber(_:at:)`).
    @inline(__always) static func isInitial(_ tokens: [Token], at index: Int) -> Bool {
        isInitial(kind: tokens[index].kind, text: tokens[index].text)
    }

    private static func isInitial(kind: Kind, text: String) -> Bool {
        kind == .word && text.count == 2 && text.hasSuffix(".") && text.first!.isUppercaseFast
    }

    /// A straight or curly quotation mark, or a guillemet.
    @inline(__always) var isQuotationMark: Bool { kind == .punctuation && Self.startsWithQuotationMark(text) }

    /// `isQuotationMark` of the token at `index`, its fields read in place in the array: the getter, asked of a token
    /// there, copied the whole token (retaining and releasing its strings), for the words around every name run.
    @inline(__always) static func isQuotationMark(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].kind == .punctuation && startsWithQuotationMark(tokens[index].text)
    }

    private static func startsWithQuotationMark(_ text: String) -> Bool {
        guard let mark = text.unicodeScalars.first else { return false }
        return mark == "\"" || mark == "“" || mark == "”" || mark == "‘" || mark == "’" || mark == "«" || mark == "»" || mark == "„"
    }

    /// `isPunctuation(",")` of the token at `index`, read in place: the language module's method is not inlined here,
    /// and each call took a copy of the token (its strings retained and released), for the words around every name run.
    /// The same answer: a punctuation mark whose text is a comma, or starts with the character `,`.
    @inline(__always) static func isComma(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        if tokens[index].text.utf8.count == 1 { return tokens[index].text.utf8.first == UInt8(ascii: ",") }
        return tokens[index].text.first == ","
    }
}
