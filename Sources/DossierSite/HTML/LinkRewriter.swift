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
        rewritten.removeAll(keepingCapacity: true)
        switch rewriting(bytes) {
        case .unchanged:
            return false
        case .markdownPage(let fragment):
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<(fragment - markdownExtension.count)]))
            rewritten.append(contentsOf: htmlExtension)
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fragment...]))
        case .parentFolder:
            rewritten.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[parentFolder.count...]))
        }
        rewritten.append(0)
        return true
    }

    /// The same, the URL (rewritten or not) written at `out`, which is moved past it: for HTML written without
    /// cmark-gfm (`LinkLists`). `out` must have room for `bytes.count + 2` bytes.
    static func writeHTMLLink(forUTF8 bytes: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) {
        func write(_ part: UnsafeBufferPointer<UInt8>) {
            guard let base = part.baseAddress, !part.isEmpty else { return }
            out.update(from: base, count: part.count)
            out += part.count
        }
        switch rewriting(bytes) {
        case .unchanged:
            write(bytes)
        case .markdownPage(let fragment):
            write(UnsafeBufferPointer(rebasing: bytes[..<(fragment - markdownExtension.count)]))
            htmlExtension.withUnsafeBufferPointer { write($0) }
            write(UnsafeBufferPointer(rebasing: bytes[fragment...]))
        case .parentFolder:
            write(UnsafeBufferPointer(rebasing: bytes[parentFolder.count...]))
        }
    }

    /// How a URL is rewritten: not at all, its page's `.md` (the path before `fragment`, where its `#` is or its end)
    /// made `.html`, or its leading `../` dropped.
    private enum Rewriting {
        case unchanged
        case markdownPage(fragment: Int)
        case parentFolder
    }

    private static func rewriting(_ bytes: UnsafeBufferPointer<UInt8>) -> Rewriting {
        guard let first = bytes.first, first != slash, first != hash, position(of: colon, in: bytes) == nil else { return .unchanged }
        let fragment = position(of: hash, in: bytes) ?? bytes.count
        let path = bytes[..<fragment]
        if path.count >= markdownExtension.count, path.suffix(markdownExtension.count).elementsEqual(markdownExtension) {
            return .markdownPage(fragment: fragment)
        }
        return path.starts(with: parentFolder) ? .parentFolder : .unchanged
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
