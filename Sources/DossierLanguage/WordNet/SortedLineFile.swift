import Foundation

/// A WordNet index file, memory-mapped: lines sorted by their first field, found by binary search.
///
/// Where each line starts is listed once, when the file is opened (a scan of its bytes for line feeds, a few
/// milliseconds for the largest file), and where the lines of each two-byte prefix begin: a search compares a handful
/// of keys among the hundred or so lines of its prefix, on a page or two of the file, and never scans for line ends.
/// A filter of all keys (`KeyFilter`) turns most absent keys away before the search.
///
/// A class, not a struct: the lemmatizer takes a word class's index out of `WordNet`'s table for every word it asks
/// about, and a struct's copy retained and released each of its arrays and its mapped file (objects shared by every
/// thread) where a reference is retained once.
final class SortedLineFile: Sendable {
    private let bytes: Data
    /// Where each sorted line starts (the licence lines, which start with two spaces, left out), in order.
    private let lineStarts: [Int32]
    /// For each two-byte prefix (see `prefix`), the first line whose prefix is not smaller; one more at the end.
    private let prefixStarts: [Int32]
    /// Each line's first eight key bytes as one number (see `keyPrefix`), in the lines' order: most steps of a search
    /// compare these, side by side in memory, instead of reading a line of the file (a cache miss each, as the lines
    /// a search visits lie far apart); the file is read only when eight bytes tie.
    private let keyPrefixes: [UInt64]
    /// The keys of all lines, to tell most keys that are not there without a search.
    private let keys: KeyFilter

    init(url: URL) throws {
        bytes = try Data(contentsOf: url, options: .alwaysMapped)
        lineStarts = bytes.withUnsafeBytes { buffer in
            var start = 0
            while start < buffer.count, buffer[start] == 0x20 {
                while start < buffer.count, buffer[start] != 0x0A { start += 1 }
                start += 1
            }
            var starts: [Int32] = []
            var position = start
            while position < buffer.count, let base = buffer.baseAddress {
                starts.append(Int32(position))
                guard let lineFeed = memchr(base + position, 0x0A, buffer.count - position) else { break }
                position = base.distance(to: UnsafeRawPointer(lineFeed)) + 1
            }
            return starts
        }
        let starts = lineStarts
        // Each line's key: its first eight bytes, and its hash for the filter.
        (keyPrefixes, keys) = bytes.withUnsafeBytes { raw in
            let buffer = raw.assumingMemoryBound(to: UInt8.self)
            var prefixes: [UInt64] = []
            prefixes.reserveCapacity(starts.count)
            var keys = KeyFilter(keys: starts.count)
            // One pass over each key's bytes makes both: opening the index files is the serial start of a build
            // (the parse stage waits for the lexicon), and this loop over every line of them was most of it.
            for start in starts {
                var position = Int(start)
                var hash = FNV1a.offsetBasis
                var prefix: UInt64 = 0
                var length = 0
                while position < buffer.count {
                    let byte = buffer[position]
                    guard byte != 0x20, byte != 0x0A else { break }
                    hash = FNV1a.adding(UInt64(byte), to: hash)
                    if length < 8 { prefix = prefix << 8 | UInt64(byte) }
                    length &+= 1
                    position &+= 1
                }
                prefixes.append(Self.keyPrefix(opening: prefix, length: length))
                keys.add(hash: FNV1a.mixed(hash))
            }
            return (prefixes, keys)
        }
        prefixStarts = bytes.withUnsafeBytes { buffer in
            var firstLines = [Int32](repeating: Int32(starts.count), count: 0x10001)
            var next = 0
            for (line, start) in starts.enumerated() {
                let start = Int(start)
                let first = buffer[start], second = start + 1 < buffer.count ? buffer[start + 1] : 0x20
                let prefix = Self.prefix(first, second == 0x0A ? 0x20 : second)
                while next <= prefix {
                    firstLines[next] = Int32(line)
                    next += 1
                }
            }
            return firstLines
        }
    }

    /// A key's first two bytes as one number, in byte order; a one-byte key is followed by the space that ends it.
    private static func prefix(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first) << 8 | Int(second)
    }

    /// The first eight bytes of a key (up to its first space), big-endian, each missing byte a space: two keys that
    /// differ in these order as their numbers do, as `compare` orders them (which reads a space after each key).
    static func keyPrefix(_ byte: (Int) -> UInt8) -> UInt64 {
        var prefix: UInt64 = 0
        var ended = false
        for offset in 0..<8 {
            let next = ended ? 0x20 : byte(offset)
            if next == 0x20 { ended = true }
            prefix = prefix << 8 | UInt64(next)
        }
        return prefix
    }

    /// `keyPrefix` of a key whose first `min(length, 8)` bytes are `opening` (the first one highest), and none a space.
    static func keyPrefix(opening: UInt64, length: Int) -> UInt64 {
        guard length < 8 else { return opening }
        // The missing bytes are spaces: the opening moves up past them, and they fill the low bytes.
        let missingBits = UInt64(8 - length) * 8
        let spaces: UInt64 = 0x2020_2020_2020_2020
        return length == 0 ? spaces : opening << missingBits | spaces >> (64 - missingBits)
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

    /// Where the fields after `key` lie in the line whose first field is `key`, found by binary search.
    /// The key's bytes are read in place (a short key's are inside the string; a native string's are always
    /// contiguous), not through a copy made for `withUTF8`, which cost a retain and a release a search.
    private func fields(for key: String, in buffer: UnsafeRawBufferPointer) -> Range<Int>? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ fields(forKey: $0, in: buffer) }) { return found }
        var key = key
        return key.withUTF8 { fields(forKey: $0, in: buffer) }
    }

    /// `fields(for:in:)` of a key given as its UTF-8 bytes.
    private func fields(forKey target: UnsafeBufferPointer<UInt8>, in buffer: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let first = target.first else { return nil }
        // The search compares a key up to its first space (as a line's key ends there): so is it filtered.
        let keyEnd = target.firstIndex(of: 0x20) ?? target.count
        guard keys.mayContain(hash: FNV1a.mixedHash(of: UnsafeBufferPointer(rebasing: target[..<keyEnd]))) else { return nil }
        let prefix = Self.prefix(first, target.count > 1 ? target[1] : 0x20)
        var low = Int(prefixStarts[prefix]), high = Int(prefixStarts[prefix + 1])
        let targetPrefix = Self.keyPrefix { $0 < target.count ? target[$0] : 0x20 }
        while low < high {
            let middle = (low + high) / 2
            let linePrefix = keyPrefixes[middle]
            if targetPrefix != linePrefix {
                if targetPrefix < linePrefix { high = middle } else { low = middle + 1 }
                continue
            }
            let lineStart = Int(lineStarts[middle])
            let lineEnd = middle + 1 < lineStarts.count ? Int(lineStarts[middle + 1]) - 1 : end(ofLineAt: lineStart, in: buffer)
            switch compare(target, buffer, from: lineStart, to: lineEnd) {
            case 0:
                let fieldStart = lineStart + target.count + 1
                return fieldStart <= lineEnd ? fieldStart..<lineEnd : lineEnd..<lineEnd
            case ..<0: high = middle
            default: low = middle + 1
            }
        }
        return nil
    }

    /// The end of the last line: its line feed, or the end of the file.
    private func end(ofLineAt start: Int, in buffer: UnsafeRawBufferPointer) -> Int {
        var end = start
        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
        return end
    }

    /// Compares `key` with the line's first field (up to its space), in byte order.
    private func compare(_ key: UnsafeBufferPointer<UInt8>, _ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var offset = 0
        while true {
            let position = start + offset
            let lineByte: UInt8 = position < end ? buffer[position] : 0x20
            let keyByte: UInt8 = offset < key.count ? key[offset] : 0x20
            if lineByte == 0x20 && keyByte == 0x20 { return 0 }
            if keyByte != lineByte { return Int(keyByte) - Int(lineByte) }
            offset += 1
        }
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
