import Foundation

/// A WordNet index file, memory-mapped: each line found by its first field (its key) through a hash table.
///
/// When the file is opened, each line's key is hashed (`FNV1a.mixedHash`) and the line's start put in a table of
/// 32-bit slots under it (open addressing, at most half full), with some of the hash's high bits as a tag. A look-up
/// reads one slot (a few, side by side, when its neighbours are taken) and, where a tag matches, the line's key in the
/// file: one or two cache misses, where a binary search (which this replaced) read a dozen places far apart in
/// memory, most of them misses, and the lemmatizer asks about every new word it meets in several forms and classes.
/// A key that is not there (most: names, and rule forms that are no word) ends at an empty slot without reading the
/// file.
///
/// A class, not a struct: the lemmatizer takes a word class's index out of `WordNet`'s table for every word it asks
/// about, and a struct's copy retained and released its table and its mapped file (objects shared by every thread)
/// where a reference is retained once.
final class SortedLineFile: Sendable {
    private let bytes: Data
    /// The table: 0 for an empty slot, else a line's start plus one in the low `offsetBits`, the tag above them.
    private let slots: [UInt32]
    /// The table's size less one (a power of two less one): a key's first slot is its hash's low bits under it.
    private let slotMask: Int
    /// How many low bits of a slot hold a line's start plus one (enough for the file's size plus one).
    private let offsetBits: Int

    init(url: URL) throws {
        bytes = try Data(contentsOf: url, options: .alwaysMapped)
        guard bytes.count < Int(UInt32.max) else { throw CocoaError(.fileReadTooLarge) }
        var offsetBits = 1
        while (1 << offsetBits) <= bytes.count + 1 { offsetBits += 1 }
        self.offsetBits = offsetBits
        // The lines are counted first (the table is sized by them), then each line's key is hashed and its start put
        // in the table in one pass: no array of hashes or starts grows line by line beside it (opening the index files
        // is the serial start of a build, as the parse stage waits for the lexicon).
        (slots, slotMask) = bytes.withUnsafeBytes { raw -> ([UInt32], Int) in
            let buffer = raw.assumingMemoryBound(to: UInt8.self)
            // The licence lines at the top start with two spaces: they are no entry.
            var first = 0
            while first < buffer.count, buffer[first] == 0x20 {
                first = Self.end(ofLineAt: first, in: buffer) + 1
            }
            var lines = 0
            var position = first
            while position < buffer.count {
                lines += 1
                position = Self.end(ofLineAt: position, in: buffer) + 1
            }
            var count = 16
            while count < lines * 2 { count *= 2 }
            let mask = count - 1
            var slots = [UInt32](repeating: 0, count: count)
            position = first
            while position < buffer.count {
                let start = position
                var hash = FNV1a.offsetBasis
                while position < buffer.count {
                    let byte = buffer[position]
                    guard byte != 0x20, byte != 0x0A else { break }
                    hash = FNV1a.adding(UInt64(byte), to: hash)
                    position &+= 1
                }
                hash = FNV1a.mixed(hash)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.tag(of: hash, offsetBits: offsetBits) | UInt32(start + 1)
                position = Self.end(ofLineAt: position, in: buffer) + 1
            }
            return (slots, mask)
        }
    }

    /// The high bits of a slot for a key's hash: as many of the hash's high bits as the line's start leaves room for.
    private static func tag(of hash: UInt64, offsetBits: Int) -> UInt32 {
        guard offsetBits < 32 else { return 0 }
        return (UInt32(truncatingIfNeeded: hash >> 32) >> offsetBits) << offsetBits
    }

    /// The end of the line at `start`: its line feed, or the end of the file.
    private static func end(ofLineAt start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard start < buffer.count, let base = buffer.baseAddress,
              let lineFeed = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(lineFeed))
    }

    /// The line whose first field is `key`, without the key and its space.
    func line(for key: String) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            guard let fields = fields(for: key, in: buffer) else { return nil }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[fields]), as: UTF8.self)
        }
    }

    /// `body` run with the bytes of the line whose first field is `key`, without the key and its space; nil when no
    /// line has that key. The bytes are the mapped file's, valid only during `body`.
    func withLine<Result>(for key: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        bytes.withUnsafeBytes { buffer -> Result? in
            guard let fields = fields(for: key, in: buffer) else { return nil }
            return body(UnsafeRawBufferPointer(rebasing: buffer[fields]))
        }
    }

    /// Whether a line's first field is `key`: the line's text is not made (an index line runs to hundreds of bytes,
    /// and the lemmatizer asks this of every form it tries).
    func hasLine(for key: String) -> Bool {
        bytes.withUnsafeBytes { buffer in fields(for: key, in: buffer) != nil }
    }

    /// Where the fields after `key` lie in the line whose first field is `key`.
    /// The key's bytes are read in place (a short key's are inside the string; a native string's are always
    /// contiguous), not through a copy made for `withUTF8`, which cost a retain and a release a search.
    private func fields(for key: String, in buffer: UnsafeRawBufferPointer) -> Range<Int>? {
        let file = buffer.assumingMemoryBound(to: UInt8.self)
        if let found = key.utf8.withContiguousStorageIfAvailable({ fields(forKey: $0, in: file) }) { return found }
        var key = key
        return key.withUTF8 { fields(forKey: $0, in: file) }
    }

    /// `fields(for:in:)` of a key given as its UTF-8 bytes. A key is compared up to its first space, as a line's key
    /// ends there (the fields are then taken to start after the whole of `target` and a space, as they always were);
    /// a key that is empty up to that space is no line's.
    private func fields(forKey target: UnsafeBufferPointer<UInt8>, in file: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let key = UnsafeBufferPointer(rebasing: target[..<(target.firstIndex(of: 0x20) ?? target.count)])
        guard !key.isEmpty else { return nil }
        let hash = FNV1a.mixedHash(of: key)
        let tag = Self.tag(of: hash, offsetBits: offsetBits)
        let offsetMask: UInt32 = offsetBits < 32 ? (1 << UInt32(offsetBits)) - 1 : .max
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let entry = slots[slot]
            guard entry != 0 else { return nil }
            if entry & ~offsetMask == tag {
                let lineStart = Int(entry & offsetMask) - 1
                if Self.lineKey(at: lineStart, in: file, is: key) {
                    let lineEnd = Self.end(ofLineAt: lineStart, in: file)
                    let fieldStart = lineStart + target.count + 1
                    return fieldStart <= lineEnd ? fieldStart..<lineEnd : lineEnd..<lineEnd
                }
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Whether the line at `start` has `key` (no space in it, not empty) as its first field: the key's bytes, then a
    /// space, a line feed or the file's end. A line feed in `key` is no byte of the line's key.
    private static func lineKey(at start: Int, in file: UnsafeBufferPointer<UInt8>, is key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + key.count <= file.count else { return false }
        for offset in 0..<key.count {
            let byte = file[start + offset]
            guard byte == key[offset], byte != 0x0A else { return false }
        }
        let after = start + key.count
        return after == file.count || file[after] == 0x20 || file[after] == 0x0A
    }
}

/// A WordNet data file, memory-mapped: a synset's line is found by its byte offset.
struct OffsetLineFile: Sendable {
    private let bytes: Data

    init(url: URL) throws {
        bytes = try Data(contentsOf: url, options: .alwaysMapped)
    }

    /// `body` run with the bytes of the line at `offset`, without its gloss (valid only during `body`); nil when
    /// `offset` is outside the file. A data line ends in ` | ` and the gloss, which nothing here reads and which is most
    /// of the line's bytes (no field before it holds a `|`).
    func withSynsetFields<Result>(at offset: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        bytes.withUnsafeBytes { buffer -> Result? in
            guard offset >= 0, offset < buffer.count else { return nil }
            var end = offset
            while end < buffer.count, buffer[end] != 0x0A, buffer[end] != UInt8(ascii: "|") { end += 1 }
            return body(UnsafeRawBufferPointer(rebasing: buffer[offset..<end]))
        }
    }
}
