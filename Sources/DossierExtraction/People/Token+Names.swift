import DossierCore
import DossierLanguage

/// What the name finder asks of a token.
extension Token {
    /// A word or a number: anything but a punctuation mark.
    var isWordOrNumber: Bool { kind != .punctuation }

    /// As written, without a possessive ending (`Hamas’s` → `Hamas`), a kept full stop left on (`W.`).
    var nameText: String {
        guard isPossessive else { return text }
        return String(text.dropLast(2))
    }

    /// `nameText` starts with a lower-case letter. An ASCII first byte answers alone: a letter `a`–`z` is lower case
    /// (with or without a combining mark after it), any other ASCII character is not.
    var startsLowercase: Bool {
        if !isPossessive, let byte = text.utf8.first, byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return nameText.first?.isLowercase == true
    }

    /// Starts with a capital letter and is not all capitals (`NATO`, `OVER`), except initials (`W.`, `H.R.`);
    /// or a particle joined to a capitalised name (`al-Madhoun`, `diNapoli`).
    var isCapitalised: Bool {
        guard kind == .word else { return false }
        if shape == .capitalised { return text.unicodeScalars.first!.properties.isUppercase }
        if shape == .upper { return isInitials }
        guard shape == .mixed else { return false }
        if let hyphen = text.firstIndex(of: "-") {
            return NameLexicon.particles.contains(String(text[..<hyphen]).lowercased())
                && text[text.index(after: hyphen)...].first?.isUppercaseFast == true
        }
        guard let capital = text.firstIndex(where: \.isUppercaseFast) else { return false }
        return NameLexicon.particles.contains(String(text[..<capital])) && text[capital...].dropFirst().contains(where: \.isLowercase)
    }

    /// Two or three dotted capitals (`H.R.`, `J.R.R.`): the initials of given names, or an abbreviation (`U.S.`).
    var isInitials: Bool {
        let letters = Array(text)
        guard letters.count >= 4, letters.count <= 6, letters.count % 2 == 0 else { return false }
        return stride(from: 0, to: letters.count, by: 2).allSatisfy { letters[$0].isUppercaseFast && letters[$0 + 1] == "." }
    }

    /// A single capital letter with its full stop (`W.` in `George W. Bush`).
    var isInitial: Bool { kind == .word && text.count == 2 && text.hasSuffix(".") && text.first!.isUppercaseFast }

    /// A straight or curly quotation mark, or a guillemet.
    var isQuotationMark: Bool {
        guard kind == .punctuation, let mark = text.unicodeScalars.first else { return false }
        return mark == "\"" || mark == "“" || mark == "”" || mark == "‘" || mark == "’" || mark == "«" || mark == "»" || mark == "„"
    }
}
