import Foundation

/// A WordNet index file, memory-mapped: lines sorted by their first field, found by binary search.
///
/// Only the pages a search touches are read, so opening the file costs nothing at build start.
struct SortedLineFile: Sendable {
    private let bytes: Data
    /// Where the sorted lines begin, after the licence lines (which start with two spaces).
    private let bodyStart: Int

    init(url: URL) throws {
        bytes = try Data(contentsOf: url, options: .alwaysMapped)
        var start = 0
        bytes.withUnsafeBytes { buffer in
            while start < buffer.count, buffer[start] == 0x20 {
                while start < buffer.count, buffer[start] != 0x0A { start += 1 }
                start += 1
            }
        }
        bodyStart = min(start, bytes.count)
    }

    /// The line whose first field is `key`, without the key and its space.
    func line(for key: String) -> String? {
        let target = Array(key.utf8)
        return bytes.withUnsafeBytes { buffer -> String? in
            var low = bodyStart, high = buffer.count
            while low < high {
                let middle = (low + high) / 2
                var lineStart = middle
                while lineStart > low, buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                switch compare(target, buffer, from: lineStart, to: lineEnd) {
                case 0:
                    let fieldStart = lineStart + target.count + 1
                    guard fieldStart <= lineEnd else { return "" }
                    return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[fieldStart..<lineEnd]), as: UTF8.self)
                case ..<0: high = lineStart
                default: low = lineEnd + 1
                }
            }
            return nil
        }
    }

    /// Compares `key` with the line's first field (up to its space), in byte order.
    private func compare(_ key: [UInt8], _ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
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

    func line(at offset: Int) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            guard offset >= 0, offset < buffer.count else { return nil }
            var end = offset
            while end < buffer.count, buffer[end] != 0x0A { end += 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[offset..<end]), as: UTF8.self)
        }
    }
}
