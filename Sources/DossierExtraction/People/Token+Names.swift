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

    /// Starts with a capital letter and is not all capitals (`NATO`, `OVER`), except single initials;
    /// or a particle joined to a capitalised name (`al-Madhoun`).
    var isCapitalised: Bool {
        guard kind == .word else { return false }
        if shape == .capitalised { return text.unicodeScalars.first!.properties.isUppercase }
        guard shape == .mixed, let hyphen = text.firstIndex(of: "-") else { return false }
        return NameLexicon.particles.contains(String(text[..<hyphen]).lowercased())
            && text[text.index(after: hyphen)...].first?.isUppercaseFast == true
    }

    /// A single capital letter with its full stop (`W.` in `George W. Bush`).
    var isInitial: Bool { kind == .word && text.count == 2 && text.hasSuffix(".") && text.first!.isUppercaseFast }

    /// A straight or curly quotation mark, or a guillemet.
    var isQuotationMark: Bool {
        guard kind == .punctuation, let mark = text.unicodeScalars.first else { return false }
        return mark == "\"" || mark == "“" || mark == "”" || mark == "‘" || mark == "’" || mark == "«" || mark == "»" || mark == "„"
    }
}
