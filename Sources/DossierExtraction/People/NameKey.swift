import DossierCore
import DossierLanguage
import Foundation

/// Comparison keys for names: folded case and accents, and the string measures the merge rules use.
enum NameKey {
    /// Lowercase ASCII-folded form (`José` → `jose`), curly apostrophes straightened.
    static func fold(_ text: String) -> String {
        // The common case, without Foundation's folding: ASCII, lowercased, or as it is when it has no capital.
        switch asciiCase(text) {
        case .lower: return text
        case .mixed: return asciiLowercased(text)
        case .beyondASCII:
            return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
        }
    }

    /// Whether `fold(text)` is `text` as it is, told by its bytes alone: ASCII without a capital letter.
    static func foldsToItself(_ text: String) -> Bool {
        asciiCase(text) == .lower
    }

    /// `text.lowercased()` of an ASCII text, each capital's byte lowered in a string made at once from the bytes: the
    /// standard library's `lowercased()` went through its general path (a capitalised word of a name is folded at almost
    /// every question asked of it). (Lowering eight bytes at a time, as `asciiCase(ofBytes:)` reads them, cost more:
    /// most names are shorter than eight bytes.)
    static func asciiLowercased(_ text: String) -> String {
        let lowered = text.utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in bytes.indices {
                    let byte = bytes[index]
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        return lowered ?? text.lowercased()
    }

    /// What a text's bytes say of its folding: ASCII without a capital letter, ASCII with one, or beyond ASCII.
    enum ASCIICase { case lower, mixed, beyondASCII }

    /// Read through the string's own bytes when it lends them (a loop over a buffer: the UTF-8 view's iterator cost
    /// several times as many instructions a byte, and every distinct word of every article is asked).
    static func asciiCase(_ text: String) -> ASCIICase {
        if let found = text.utf8.withContiguousStorageIfAvailable({ asciiCase(ofBytes: $0) }) { return found }
        return asciiCase(of: text.utf8)
    }

    /// `asciiCase(of:)` of bytes in a buffer, read eight at a time (`ASCIICapitals`; the last eight overlapping the
    /// ones before, a word of four to seven bytes as its first four and last four): a byte loop took some eighty
    /// instructions a word, for every word of every name asked about (`fold`, most of them from `GivenNames.contains`).
    /// Any byte from 0x80 up makes the text beyond ASCII, whatever the capitals' test said of those eight.
    private static func asciiCase(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> ASCIICase {
        let count = bytes.count
        guard count >= 4, let start = bytes.baseAddress else { return asciiCase(of: bytes) }
        let raw = UnsafeRawPointer(start)
        var seen: UInt64 = 0, capitals: UInt64 = 0
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                let eight = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                seen |= eight
                capitals |= ASCIICapitals.capitals(eight)
                offset += 8
            }
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            seen |= last
            capitals |= ASCIICapitals.capitals(last)
        } else {
            let eight = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            seen = eight
            capitals = ASCIICapitals.capitals(eight)
        }
        if seen & 0x8080_8080_8080_8080 != 0 { return .beyondASCII }
        return capitals != 0 ? .mixed : .lower
    }

    private static func asciiCase<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> ASCIICase {
        var hasCapital = false
        for byte in bytes {
            if byte >= 0x80 { return .beyondASCII }
            if byte >= 0x41 && byte <= 0x5A { hasCapital = true }
        }
        return hasCapital ? .mixed : .lower
    }

    /// The key of a surname: folded, without a leading particle or hyphens (`al-Madhoun` → `madhoun`).
    ///
    /// A key without a hyphen is its own surname key (most are: `madhoun`, `smith`) when every prefix holds one: no
    /// prefix can start it and no hyphen is taken out. Each call looked the prefix list up (a dictionary hashed) and
    /// asked `hasPrefix` of each prefix, for the last word of every occurrence and every form.
    static func surname(_ word: String) -> String {
        var key = fold(word)
        if prefixesHoldHyphens, !key.containsByte(UInt8(ascii: "-")) { return key }
        for particle in arabicArticlePrefixes where key.hasPrefix(particle) && key.count > particle.count + 2 {
            key.removeFirst(particle.count)
            break
        }
        return key.replacingEvery("-", with: "")
    }

    /// The Arabic article prefixes (`al-`, `el-`), read once.
    private static let arabicArticlePrefixes = WordList.arabicArticlePrefixes.entries
    /// Whether every prefix holds a hyphen (as every one of the bundled list does), which lets `surname` pass over a key
    /// without one.
    private static let prefixesHoldHyphens = arabicArticlePrefixes.allSatisfy { $0.utf8.contains(UInt8(ascii: "-")) }

    /// Levenshtein distance between the characters of two strings when it is at most `limit`, else `limit + 1` (the
    /// work stops as soon as the answer is past `limit`).
    static func distance(_ a: String, _ b: String, limit: Int = 2) -> Int {
        // Names are nearly all ASCII: their bytes are their characters, read in place.
        let ascii = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Int? in
                guard isOneCharacterPerByte(x), isOneCharacterPerByte(y) else { return nil }
                return distance(x, y, limit: limit)
            } ?? nil
        } ?? nil
        return ascii ?? distance(Array(a), Array(b), limit: limit)
    }

    /// ASCII without a carriage return (`\r\n` is one character).
    private static func isOneCharacterPerByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
    }

    /// Levenshtein distance, row by row in two rows on the stack, stopping once a whole row is past `limit`.
    private static func distance<Letters: RandomAccessCollection>(_ x: Letters, _ y: Letters, limit: Int) -> Int
    where Letters.Element: Equatable, Letters.Index == Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[...y.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(y.count + 1)...])
            for j in 0...y.count { previous[j] = j }
            for i in 1...x.count {
                current[0] = i
                var rowBest = i
                let letter = x[x.startIndex + i - 1]
                for j in stride(from: 1, through: y.count, by: 1) {
                    let cost = letter == y[y.startIndex + j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    rowBest = min(rowBest, current[j])
                }
                if rowBest > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return min(previous[y.count], limit + 1)
        }
    }

    /// Spelling or transliteration variants: one edit apart, both long enough that one edit is a slip
    /// (`Karolina`/`Karoline`, `Edan`/`Idan`, `Qasssem`/`Qassem`).
    static func areSpellingVariants(_ a: String, _ b: String) -> Bool {
        let x = fold(a), y = fold(b)
        if x == y { return true }
        guard min(x.count, y.count) >= 4 else { return false }
        return distance(x, y, limit: 1) <= 1
    }

    /// A nickname made from a long name: its start (`Alex` for `Alexander`) or a doubled first syllable of it
    /// (`Bibi` for `Benjamin`).
    static func isNicknameShape(_ short: String, of long: String) -> Bool {
        guard short.characterCount < long.characterCount, short.characterCount >= 3, short.first == long.first else { return false }
        if long.hasPrefix(short) { return true }
        // `Rudy` for `Rudolph`, `Andy` for `Andrew`: the start of the name and a diminutive ending.
        for ending in ["y", "ie"] where short.hasSuffix(ending) {
            let stem = short.dropLast(ending.count)
            if stem.count >= 3, long.hasPrefix(stem) { return true }
        }
        let letters = Array(short)
        guard letters.count == 4 else { return false }
        return letters[0] == letters[2] && letters[1] == letters[3]
    }
}
