import DossierCore
import Foundation

/// The lines of an article body, each with its line number in the file and its offset in the body.
public struct TextLines: Sendable {
    public struct Line: Sendable, Hashable {
        public var text: String
        /// 1-based line in the file.
        public var number: Int
        /// Offset of the line's first scalar in the body, in Unicode scalars.
        public var offset: Int
        public var isBlank: Bool { text.allSatisfy(\.isWhitespaceFast) }
    }

    public var lines: [Line]

    /// The lines of `body`, split at each line feed (read on the UTF-8 bytes: a line feed is one byte, and a scalar
    /// is a byte that does not continue one). As a character, `\r\n` is one line break that is not `\n`: it does not
    /// split a line, as `split(separator: "\n")` would not split it.
    ///
    /// The line feeds are found by `memchr`, which reads many bytes a step, and a line's scalars are counted in a
    /// loop without a branch (which the compiler vectorises): not byte by byte, twice, with a branch for each.
    public init(_ body: String, firstLine: Int = 1) {
        var lines: [Line] = []
        var offset = 0
        var number = firstLine
        var body = body
        body.withUTF8 { bytes in
            // Counted first, so that the lines are made into an array of their number, not one grown line by line.
            var breaks = 0
            var found = Self.nextBreak(in: bytes, from: 0)
            while found < bytes.count {
                breaks += 1
                found = Self.nextBreak(in: bytes, from: found + 1)
            }
            lines.reserveCapacity(breaks + 1)
            var start = 0
            while true {
                let end = Self.nextBreak(in: bytes, from: start)
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                lines.append(Line(text: String(decoding: line, as: UTF8.self), number: number, offset: offset))
                guard end < bytes.count else { break }
                offset += line.count - Self.continuationBytes(in: line) + 1
                number += 1
                start = end + 1
            }
        }
        self.lines = lines
    }

    /// The position of the first line feed at or after `start` not after a carriage return, or the end of `bytes`.
    private static func nextBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var from = start
        while from < bytes.count {
            guard let lineFeed = memchr(base + from, 0x0A, bytes.count - from) else { break }
            let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(lineFeed))
            if position == 0 || bytes[position - 1] != 0x0D { return position }
            from = position + 1
        }
        return bytes.count
    }

    /// The bytes that continue a scalar (`10xxxxxx`): a line's scalars are its bytes less these.
    private static func continuationBytes(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes { count &+= byte & 0xC0 == 0x80 ? 1 : 0 }
        return count
    }

    public var firstNonEmpty: Line? { lines.first { !$0.isBlank } }
}
