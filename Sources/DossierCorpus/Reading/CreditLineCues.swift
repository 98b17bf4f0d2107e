import DossierLanguage

/// Quick byte tests an ASCII line must pass before `OutletReader` runs its credit regexes on it.
///
/// Swift regexes are slow to fail: `firstMatch` tries every position of a line. Each test here is a necessary
/// condition for a regex to match, read off the line's lowercased bytes: a line that fails it cannot match, so the
/// regex is skipped and the answer is the same. Only ASCII lines are tested (`String.isAllASCII`, asked of the line itself:
/// the Kelvin sign lowercases to an ASCII `k`): in other text a letter such as the long `ſ` matches `s` without
/// case, and non-ASCII white space matches `\s`; those lines go to the regex as before.
enum CreditLineCues {
    /// `the` or `this`, white space, then one of `nouns`: what `OutletReader.textItselfPattern` matches, without its
    /// word boundaries. `lower` is an ASCII line lowercased.
    static func mayNameTextItself(_ lower: String, nouns: [[UInt8]]) -> Bool {
        findsTheOrThisBeforeNoun(in: lower, nouns: nouns, betweenSpaces: false)
    }

    /// Whether `OutletReader.textItselfPattern` surely matches: `the` or `this` at the start of the line or after a
    /// space or tab, spaces or tabs, then one of `nouns` (each ends in a letter) at the end of the line or before a
    /// space or tab. Word boundaries are certain there (white space beside a letter, or a line's end), under any
    /// definition of them, so the regex would match; where this is false the regex is asked (a boundary beside
    /// punctuation is left to it). `lower` is an ASCII line lowercased.
    static func surelyNamesTextItself(_ lower: String, nouns: [[UInt8]]) -> Bool {
        findsTheOrThisBeforeNoun(in: lower, nouns: nouns, betweenSpaces: true)
    }

    /// `the` or `this`, white space, then one of `nouns`. With `betweenSpaces`, the words stand between spaces or tabs
    /// (or the line's ends) and only spaces or tabs separate them; without, any ASCII white space separates them and
    /// nothing is asked of their ends.
    private static func findsTheOrThisBeforeNoun(in lower: String, nouns: [[UInt8]], betweenSpaces: Bool) -> Bool {
        let separates = betweenSpaces ? isSpaceOrTab : isASCIIWhiteSpace
        var lower = lower
        return lower.withUTF8 { bytes in
            var position = 0
            while position + 3 <= bytes.count {
                defer { position += 1 }
                guard bytes[position] == UInt8(ascii: "t"), bytes[position + 1] == UInt8(ascii: "h"),
                      !betweenSpaces || position == 0 || isSpaceOrTab(bytes[position - 1]) else { continue }
                var after = position + 2
                if bytes[after] == UInt8(ascii: "e") {
                    after += 1
                } else if bytes[after] == UInt8(ascii: "i"), after + 1 < bytes.count, bytes[after + 1] == UInt8(ascii: "s") {
                    after += 2
                } else {
                    continue
                }
                let spaceStart = after
                while after < bytes.count, separates(bytes[after]) { after += 1 }
                guard after > spaceStart else { continue }
                let followed = nouns.contains { noun in
                    let end = after + noun.count
                    return bytes.holds(noun, at: after) && (!betweenSpaces || end == bytes.count || isSpaceOrTab(bytes[end]))
                }
                if followed { return true }
            }
            return false
        }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == 0x09
    }

    /// The ASCII bytes `\s` matches, and the separators 0x1C to 0x1F beside them (more than needed is safe here).
    static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte)
    }
}
