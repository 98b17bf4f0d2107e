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
    private static let lemmaMarkByte = UInt8(ascii: ">")

    /// A term's entry in its shard: its postings, then each lemma term after `>` (`0,4>say`).
    static func entry(_ documents: [Int], lemmas: [String]) -> String {
        ([postings(documents)] + lemmas).joined(separator: lemmaMark)
    }

    /// A sorted list of document numbers as the gaps between them in base 36 (`3,1,a`): short, and decoded
    /// by the page only for the terms a query uses.
    static func postings(_ documents: [Int]) -> String {
        var bytes: [UInt8] = []
        write(postings: documents, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `entry(documents, lemmas:)` as the body of a script string literal (`ScriptLiteral`, without its quotes),
    /// appended to `bytes`: the postings as they are (digits and commas need no escape), then each lemma escaped. The
    /// same bytes as the escaped entry: an escape never spans two of its parts (each is whole UTF-8).
    static func writeLiteralBody<Documents: BidirectionalCollection>(entry documents: Documents, lemmas: [String], into bytes: inout [UInt8],
                                                                     room: inout [UInt8]) where Documents.Element: FixedWidthInteger {
        write(postings: documents, into: &bytes, room: &room)
        for lemma in lemmas {
            bytes.append(lemmaMarkByte)
            lemma.withBorrowedUTF8 { ScriptLiteral.writeBody(utf8: $0, into: &bytes) }
        }
    }

    /// `postings(documents)`'s bytes, appended to `bytes`: written through a pointer into `room` (grown when too small,
    /// kept by the caller for the next term), then copied at once. Appended one by one, each byte paid the array's
    /// uniqueness and capacity checks: about 50 instructions a posting, for a million and a half postings.
    /// `documents` are ascending and not negative: no gap is longer than the last document, which bounds the room.
    static func write<Documents: BidirectionalCollection>(postings documents: Documents, into bytes: inout [UInt8], room: inout [UInt8])
        where Documents.Element: FixedWidthInteger {
        guard let last = documents.last else { return }
        let needed = documents.count * (base36DigitCount(Int(last)) + 1)
        if room.count < needed { room = [UInt8](repeating: 0, count: max(needed, 2 * room.count)) }
        let written = room.withUnsafeMutableBufferPointer { room -> Int in
            var at = 0
            var previous = 0
            for document in documents {
                if at > 0 {
                    room[at] = UInt8(ascii: ",")
                    at += 1
                }
                var gap = Int(document) - previous
                precondition(gap >= 0, "documents ascend from 0 or more")
                previous = Int(document)
                if gap < 36 {
                    room[at] = base36Digit(gap)
                    at += 1
                    continue
                }
                // Base 36, most significant digit first, as `String(gap, radix: 36)` writes it.
                at += base36DigitCount(gap)
                var index = at
                repeat {
                    index -= 1
                    room[index] = base36Digit(gap % 36)
                    gap /= 36
                } while gap > 0
            }
            return at
        }
        bytes.append(contentsOf: room[..<written])
    }

    /// `postings(documents)`'s bytes, appended to `bytes` one by one (see `write(postings:into:room:)`).
    static func write(postings documents: some Collection<Int>, into bytes: inout [UInt8]) {
        var previous = 0
        var first = true
        for document in documents {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            let gap = document - previous
            previous = document
            bytes += String(gap, radix: 36).utf8
        }
    }

    /// How many base-36 digits a value not negative has.
    private static func base36DigitCount(_ value: Int) -> Int {
        var count = 1
        var rest = value / 36
        while rest > 0 {
            count += 1
            rest /= 36
        }
        return count
    }

    /// The base-36 digit of a value from 0 to 35: `0`–`9`, then `a`–`z`.
    private static func base36Digit(_ value: Int) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
    }
}
