/// How terms are spread over the index's shard files: by their first two characters, so a query loads
/// only the shards of its own words. The page's script computes the same key (`shardKey` in `search.js`).
enum SearchShards {
    /// Characters of a term that name its shard.
    static let keyLength = 2

    /// `netanyahu` → `ne`, `a` → `a`, `über` (already `uber`), `مصر` → `__`: a-z and 0-9 stand for themselves,
    /// any other character is `_`, so a shard's file name is always safe.
    static func key(for term: String) -> String {
        String(unsafeUninitializedCapacity: keyLength) { key in
            var count = 0
            for scalar in term.unicodeScalars.prefix(keyLength) {
                let value = scalar.value
                key[count] = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) ? UInt8(value) : UInt8(ascii: "_")
                count += 1
            }
            return count
        }
    }

    /// Separates a term's postings from the lemma terms the page also looks up for it.
    static let lemmaMark = ">"

    /// A term's entry in its shard: its postings, then each lemma term after `>` (`0,4>say`).
    static func entry(_ documents: [Int], lemmas: [String]) -> String {
        ([postings(documents)] + lemmas).joined(separator: lemmaMark)
    }

    /// A sorted list of document numbers as the gaps between them in base 36 (`3,1,a`): short, and decoded
    /// by the page only for the terms a query uses.
    static func postings(_ documents: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count * 3)
        write(postings: documents, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `entry(documents, lemmas:)`'s bytes, appended to `bytes`.
    static func write(entry documents: ArraySlice<Int>, lemmas: [String], into bytes: inout [UInt8]) {
        write(postings: documents, into: &bytes)
        for lemma in lemmas {
            bytes += lemmaMark.utf8
            bytes += lemma.utf8
        }
    }

    /// `postings(documents)`'s bytes, appended to `bytes`. Most gaps are one digit, appended at once; a longer one
    /// gets room for its digits, written from the last. Digits are worked out, not read from a table (a `static let`
    /// array is reached through `swift_once`).
    static func write(postings documents: some Collection<Int>, into bytes: inout [UInt8]) {
        var previous = 0
        var first = true
        for document in documents {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            var gap = document - previous
            previous = document
            if gap < 36 {
                bytes.append(base36Digit(gap))
                continue
            }
            // Base 36, most significant digit first, as `String(gap, radix: 36)` writes it.
            var count = 1
            var rest = gap / 36
            while rest > 0 {
                count += 1
                rest /= 36
            }
            DecimalDigits.appendRoom(count, to: &bytes)
            var index = bytes.count
            repeat {
                index -= 1
                bytes[index] = base36Digit(gap % 36)
                gap /= 36
            } while gap > 0
        }
    }

    /// The base-36 digit of a value from 0 to 35: `0`–`9`, then `a`–`z`.
    private static func base36Digit(_ value: Int) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
    }
}
