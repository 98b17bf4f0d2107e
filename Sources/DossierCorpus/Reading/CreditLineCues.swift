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
        var lower = lower
        return lower.withUTF8 { bytes in
            var position = 0
            while position + 3 <= bytes.count {
                defer { position += 1 }
                guard bytes[position] == UInt8(ascii: "t"), bytes[position + 1] == UInt8(ascii: "h") else { continue }
                var after = position + 2
                if bytes[after] == UInt8(ascii: "e") {
                    after += 1
                } else if bytes[after] == UInt8(ascii: "i"), after + 1 < bytes.count, bytes[after + 1] == UInt8(ascii: "s") {
                    after += 2
                } else {
                    continue
                }
                let spaceStart = after
                while after < bytes.count, isASCIIWhiteSpace(bytes[after]) { after += 1 }
                guard after > spaceStart else { continue }
                if nouns.contains(where: { bytes.holds($0, at: after) }) { return true }
            }
            return false
        }
    }

    /// The ASCII bytes `\s` matches, and the separators 0x1C to 0x1F beside them (more than needed is safe here).
    static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte)
    }
}
