/// What `NumberWords.mayStartNumber` asks of a word's bytes, in one read of them: whether it is `a`, a hyphenated word
/// whose head may be a unit or ten word (with that head), one of the words but `a` a number may open with (the number
/// words, their plurals, `half` and `scores`), or none of these. Asked of every word of every sentence: the caller holds
/// one value (`NumberWords.openings`), so no global is read for each word, and the openers are found by a key the same
/// read of the bytes makes (five bits a letter) in a small table, where a `WordSet` read the bytes again for its first
/// look and hashed the word for its table when the look let it through.
///
/// Every opener is lower-case ASCII letters only, and a string equals one of them only when its bytes do: no string
/// with another byte is canonically equivalent to a string of such letters (the three scalars whose canonical form is
/// an ASCII character, `K`, `;` and `` ` ``, are no lower-case letter), so a word with another byte is no opener.
struct NumberOpenings: Sendable {
    enum Opening {
        case article
        case hyphenated(head: String)
        case opener
        case none
    }

    /// The openers' keys (`key(of:)`), each in the slot its hash gives or the next free one after it; 0 is free.
    private let slots: [UInt64]
    /// For each length up to `longestKeyed`, the first and the last bytes (modulo 64, one bit each) of the openers of
    /// that length: a first look that rules out most words before their key is made (a loop over all their bytes).
    private let openerHeads: [UInt64]
    private let openerTails: [UInt64]
    /// The first bytes (modulo 64, one bit each) of the unit and ten words, and their shortest and longest lengths.
    private let headInitials: UInt64
    private let shortestHead: Int
    private let longestHead: Int

    /// The longest word a key is made for (the longest opener, `seventeens`, has 10 letters).
    static let longestKeyed = 12
    private static let slotCount = 256

    /// `openers`: the words but `a` a number may open with; `heads`: the unit and ten words.
    init(openers: Set<String>, heads: Set<String>) {
        var slots = [UInt64](repeating: 0, count: Self.slotCount)
        for word in openers {
            guard let key = Array(word.utf8).withUnsafeBufferPointer(Self.key(of:)) else {
                preconditionFailure("a number opener is lower-case letters, at most \(Self.longestKeyed) of them: \(word)")
            }
            var slot = Self.slot(of: key)
            while slots[slot] != 0 { slot = (slot + 1) % Self.slotCount }
            slots[slot] = key
        }
        self.slots = slots
        var openerHeads = [UInt64](repeating: 0, count: Self.longestKeyed + 1), openerTails = openerHeads
        for word in openers {
            openerHeads[word.utf8.count] |= 1 << UInt64(word.utf8.first! & 63)
            openerTails[word.utf8.count] |= 1 << UInt64(word.utf8.last! & 63)
        }
        (self.openerHeads, self.openerTails) = (openerHeads, openerTails)
        headInitials = heads.reduce(0) { $0 | 1 << UInt64($1.utf8.first! & 63) }
        shortestHead = heads.map(\.utf8.count).min()!
        longestHead = heads.map(\.utf8.count).max()!
    }

    /// The opening of the word whose bytes these are.
    ///
    /// A hyphenated word opens a number only when what stands before its first hyphen is a unit or ten word: every
    /// hyphenated word the recognizer reads begins so (`twenty-four`, `two-thirds`, `six-month`, `three-year-old`),
    /// while most a news text writes open none (`well-known`, `so-called`, `hundred-year`). Only a word that may begin
    /// with such a head and a hyphen is searched for its first hyphen, and only where that may stand; any other
    /// hyphenated word has a hyphen, so it is no opener either.
    func opening(of bytes: UnsafeBufferPointer<UInt8>) -> Opening {
        if bytes.count == 1, bytes[0] == UInt8(ascii: "a") { return .article }
        if bytes.count >= shortestHead + 2, headInitials & (1 << UInt64(bytes[0] & 63)) != 0,
           let hyphen = bytes[..<min(bytes.count, longestHead + 1)].firstIndex(of: UInt8(ascii: "-")) {
            // The bytes before the hyphen, exactly (a head of up to 15 bytes is a small string, not allocated).
            return .hyphenated(head: String(decoding: bytes[..<hyphen], as: UTF8.self))
        }
        guard !bytes.isEmpty, bytes.count <= Self.longestKeyed, openerHeads[bytes.count] & (1 << UInt64(bytes[0] & 63)) != 0,
              openerTails[bytes.count] & (1 << UInt64(bytes[bytes.count - 1] & 63)) != 0, let key = Self.key(of: bytes) else { return .none }
        var slot = Self.slot(of: key)
        while slots[slot] != 0 {
            if slots[slot] == key { return .opener }
            slot = (slot + 1) % Self.slotCount
        }
        return .none
    }

    /// The key of a word of lower-case ASCII letters (`a` 1 to `z` 26, five bits each, the first highest), at most
    /// `longestKeyed` of them: one key for each such word. Nil for any other word.
    static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= longestKeyed else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return nil }
            key = key << 5 | UInt64(byte - UInt8(ascii: "a") + 1)
        }
        return key
    }

    /// The slot a key's hash gives: the high bits of one multiplication (Fibonacci hashing).
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) % slotCount
    }
}
