import DossierCore
/// Markdown pages link to each other as `.md` files; the HTML pages link to `.html`.
/// Links to other files of the site are written for the Markdown copy in `markdown/`, one folder deeper.
enum LinkRewriter {
    /// `../people/x.md#s3` → `../people/x.html#s3`; `../../originals/x.txt` → `../originals/x.txt`;
    /// absolute URLs and in-page anchors are left alone. Read as UTF-8 bytes in one buffer (every mark it looks for is
    /// ASCII, so the cuts fall between characters): a page has a link per mention, and comparing `Character`s, then
    /// counting through `String` indices, made this most of the HTML renderer's own time.
    static func htmlLink(for url: String) -> String {
        var url = url
        return url.withUTF8(htmlLink(forUTF8:)) ?? url
    }

    /// The same for a URL as UTF-8 bytes (a link of the parsed page); nil when it stays as it is.
    static func htmlLink(forUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first, first != slash, first != hash, !bytes.contains(colon) else { return nil }
        let fragment = bytes.firstIndex(of: hash) ?? bytes.count
        let path = bytes[..<fragment]
        if path.count >= markdownExtension.count, path.suffix(markdownExtension.count).elementsEqual(markdownExtension) {
            return String(decoding: path.dropLast(markdownExtension.count), as: UTF8.self) + ".html"
                + String(decoding: bytes[fragment...], as: UTF8.self)
        }
        if path.starts(with: parentFolder) {
            return String(decoding: bytes[parentFolder.count...], as: UTF8.self)
        }
        return nil
    }

    private static let slash = UInt8(ascii: "/")
    private static let hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":")
    private static let markdownExtension = Array(".md".utf8)
    private static let parentFolder = Array("../".utf8)
}
