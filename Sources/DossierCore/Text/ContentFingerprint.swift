import Foundation

/// The byte count and a 64-bit SipHash of some bytes: what tells a build in the same process that a file or a page
/// is unchanged. `Hasher` is seeded afresh in every process, so no input can be made to collide on purpose, and the
/// fingerprints never leave the process that made them.
public struct ContentFingerprint: Sendable, Hashable {
    public private(set) var count: Int
    public private(set) var hash: Int

    /// The fingerprint of one run of bytes.
    public init(_ data: Data) {
        self = data.withUnsafeBytes(Self.init(bytes:))
    }

    /// The fingerprint of one run of bytes, read where they are.
    public init(bytes: UnsafeRawBufferPointer) {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        count = bytes.count
        hash = hasher.finalize()
    }

    /// The fingerprint of several texts in order, each text's UTF-8 bytes followed by their count (so that
    /// "ab", "c" and "a", "bc" differ); `count` is the bytes of all.
    public init(texts: [String]) {
        var hasher = Hasher()
        var total = 0
        for var text in texts {
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(text.utf8.count)
            total += text.utf8.count
        }
        count = total
        hash = hasher.finalize()
    }
}
