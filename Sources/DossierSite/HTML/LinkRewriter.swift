import DossierCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// Markdown pages link to each other as `.md` files; the HTML pages link to `.html`.
/// Links to other files of the site are written for the Markdown copy in `markdown/`, one folder deeper.
enum LinkRewriter {
    /// `../people/x.md#s3` → `../people/x.html#s3`; `../../originals/x.txt` → `../originals/x.txt`;
    /// absolute URLs and in-page anchors are left alone. Read as UTF-8 bytes in one buffer (every mark it looks for is
    /// ASCII, so the cuts fall between characters): a page has a link per mention, and comparing `Character`s, then
    /// counting through `String` indices, made this most of the HTML renderer's own time.
    static func htmlLink(for url: String) -> String {
        var url = url
        var rewritten: [UInt8] = []
        guard url.withUTF8({ htmlLink(forUTF8: $0, into: &rewritten) }) else { return url }
        return String(decoding: rewritten.dropLast(), as: UTF8.self)
    }

    /// The same for a URL as UTF-8 bytes (a link of the parsed page): writes the new URL's bytes and a NUL into
    /// `rewritten` (emptied first, its room kept, so that one buffer serves a whole page) and returns true, or returns
    /// false when the URL stays as it is.
    static func htmlLink(forUTF8 bytes: UnsafeBufferPointer<UInt8>, into rewritten: inout [UInt8]) -> Bool {
        guard let first = bytes.first, first != slash, first != hash, position(of: colon, in: bytes) == nil else { return false }
        let fragment = position(of: hash, in: bytes) ?? bytes.count
        let path = bytes[..<fragment]
        rewritten.removeAll(keepingCapacity: true)
        if path.count >= markdownExtension.count, path.suffix(markdownExtension.count).elementsEqual(markdownExtension) {
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: path.dropLast(markdownExtension.count)))
            rewritten.append(contentsOf: htmlExtension)
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fragment...]))
        } else if path.starts(with: parentFolder) {
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[parentFolder.count...]))
        } else {
            return false
        }
        rewritten.append(0)
        return true
    }

    /// Where `byte` first is in `bytes`, found by the C library's memchr (a link is read for two marks).
    private static func position(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private static let slash = UInt8(ascii: "/")
    private static let hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":")
    private static let markdownExtension = Array(".md".utf8)
    private static let htmlExtension = Array(".html".utf8)
    private static let parentFolder = Array("../".utf8)
}
