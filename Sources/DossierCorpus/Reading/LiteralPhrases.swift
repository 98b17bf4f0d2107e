import DossierCore
import DossierLanguage

/// Whether any of several phrases occurs in a text, byte for byte on UTF-8, found in one pass over the text.
///
/// Asking `containsLiteral` for each phrase of a list reads a line once per phrase, and a phrase's first letter
/// (`s`, `p`, `d`) turns up every few bytes of an English line, so each of those reads stops often to compare.
/// Here each pair of neighbouring bytes of the text is looked up once in a bit table of the phrases' opening pairs,
/// and only the phrases opening with a pair the text holds are compared. The answer is
/// `phrases.contains(where: text.containsLiteral)`'s: an empty phrase occurs nowhere.
///
/// When every phrase has three bytes or more, not every pair is looked at: a window as long as the shortest phrase
/// moves along the text and the pair that ends it tells how far it may move on (Wu and Manber's multi-pattern search
/// with blocks of two bytes): a pair in no phrase's first bytes moves it by all but one of its bytes, so most of a
/// line's bytes are skipped, never read.
struct LiteralPhrases: Sendable {
    /// The phrases of two bytes or more, as UTF-8.
    private let phrases: [[UInt8]]
    /// The phrases of one byte.
    private let singleBytes: [UInt8]
    /// One bit for each pair of bytes (first byte times 256 plus second) that opens a phrase.
    private let openings: [UInt64]
    /// One bit for each pair of a phrase's second and third bytes: an opening pair as common as `re` (`republished`)
    /// is compared further only when the next byte follows it as in some phrase. Empty when a phrase has two bytes.
    private let followings: [UInt64]
    /// The length of the shortest phrase of two bytes or more (0 when there is none), at most 255: the window moved
    /// along a text.
    private let window: Int
    /// By a pair's slot (`pairSlot`): how far a window of `window` bytes that ends with the pair may move on with no
    /// phrase starting in between: the least, over the phrases, of the distance from where the pair ends in the
    /// phrase's first `window` bytes to their end; `window - 1` for a pair in none. Pairs sharing a slot share the
    /// least distance, which only moves a window less. Empty when `window` is below three (no pair can be skipped).
    private let shifts: [UInt8]

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        self.phrases = bytes.filter { $0.count >= 2 }
        singleBytes = bytes.filter { $0.count == 1 }.map { $0[0] }
        var openings = [UInt64](repeating: 0, count: 65_536 / 64)
        for phrase in self.phrases {
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            openings[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.openings = openings
        var followings = [UInt64](repeating: 0, count: 65_536 / 64)
        for phrase in self.phrases where phrase.count >= 3 {
            let pair = Int(phrase[1]) << 8 | Int(phrase[2])
            followings[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.followings = self.phrases.contains { $0.count == 2 } ? [] : followings
        // A shift is below the window's length, kept below 256 (a longer shortest phrase is skipped in by 254 at most).
        let window = min(self.phrases.map(\.count).min() ?? 0, 255)
        self.window = window
        var shifts: [UInt8] = []
        if window >= 3 {
            shifts = [UInt8](repeating: UInt8(window - 1), count: 1 << 12)
            for phrase in self.phrases {
                for end in 1..<window {
                    let slot = Self.pairSlot(phrase[end - 1], phrase[end])
                    shifts[slot] = min(shifts[slot], UInt8(window - 1 - end))
                }
            }
        }
        self.shifts = shifts
    }

    /// A pair of bytes' slot in `shifts`: the low six bits of each (which tell the letters of a case apart).
    @inline(__always) private static func pairSlot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x3F) << 6 | Int(second & 0x3F)
    }

    /// Whether one of the phrases occurs in `text`.
    func occur(in text: String) -> Bool {
        if singleBytes.contains(where: text.containsByte) { return true }
        guard !phrases.isEmpty else { return false }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            let checksFollowing = !followings.isEmpty
            if !shifts.isEmpty { return skippingOccur(in: bytes, checksFollowing: checksFollowing) }
            return openings.withUnsafeBufferPointer { openings in
                followings.withUnsafeBufferPointer { followings in
                    // The loop over every byte asks one bit and nothing more: positions stay below the text's count,
                    // and shifts below 64, so they step and shift without overflow checks.
                    let count = bytes.count
                    var pair = Int(bytes[0])
                    var position = 1
                    while position < count {
                        pair = (pair &<< 8 | Int(bytes[position])) & 0xFFFF
                        if openings[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0,
                           opens(at: position, in: bytes, checksFollowing: checksFollowing, followings: followings) { return true }
                        position &+= 1
                    }
                    return false
                }
            }
        }
    }

    /// `occur(in:)` of a text's bytes when `shifts` is made: a window of `window` bytes moved along the text by the
    /// shift of the pair that ends it; where the shift is 0, a phrase may start at the window's start, and the phrases
    /// opening with its first pair are compared there (a phrase longer than the window is compared whole, and not
    /// found when the text ends before it does).
    private func skippingOccur(in bytes: UnsafeBufferPointer<UInt8>, checksFollowing: Bool) -> Bool {
        openings.withUnsafeBufferPointer { openings in
            followings.withUnsafeBufferPointer { followings in
                shifts.withUnsafeBufferPointer { shifts in
                    let count = bytes.count, window = window
                    var start = 0
                    while start + window <= count {
                        let shift = Int(shifts[Self.pairSlot(bytes[start + window - 2], bytes[start + window - 1])])
                        if shift > 0 {
                            start += shift
                            continue
                        }
                        let pair = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                        if openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0,
                           opens(at: start + 1, in: bytes, checksFollowing: checksFollowing, followings: followings) { return true }
                        start += 1
                    }
                    return false
                }
            }
        }
    }

    /// Whether a phrase opens with the pair of bytes of `bytes` ending at `position` (which the table says some
    /// phrase opens with), asking first, when `checksFollowing`, whether the next byte follows them as in some phrase.
    private func opens(at position: Int, in bytes: UnsafeBufferPointer<UInt8>, checksFollowing: Bool,
                       followings: UnsafeBufferPointer<UInt64>) -> Bool {
        if checksFollowing {
            // Every phrase has a third byte: none opens here without one following as in a phrase.
            guard position + 1 < bytes.count else { return false }
            let next = Int(bytes[position]) << 8 | Int(bytes[position + 1])
            guard followings[next >> 6] & (1 << UInt64(next & 63)) != 0 else { return false }
        }
        return phrases.contains(where: { bytes.holds($0, at: position - 1) })
    }
}
