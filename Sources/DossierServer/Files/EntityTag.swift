import Foundation

/// A strong `ETag` made from the bytes sent, and the `If-None-Match` check that answers 304.
struct EntityTag: Equatable {
    /// The quoted tag, as it goes into the header.
    let value: String

    /// FNV-1a over the bytes: cheap, stable across runs, and the same bytes always give the same tag.
    init(of data: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        value = "\"\(String(repeating: "0", count: 16 - hex.count))\(hex)-\(data.count)\""
    }

    /// True when an `If-None-Match` header names this tag (weak or strong) or is `*`.
    func isMatched(by header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == value
        }
    }
}
