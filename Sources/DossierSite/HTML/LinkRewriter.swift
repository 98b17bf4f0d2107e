import DossierCore
/// Markdown pages link to each other as `.md` files; the HTML pages link to `.html`.
/// Links to other files of the site are written for the Markdown copy in `markdown/`, one folder deeper.
enum LinkRewriter {
    /// `../people/x.md#s3` → `../people/x.html#s3`; `../../originals/x.txt` → `../originals/x.txt`;
    /// absolute URLs and in-page anchors are left alone. Read as UTF-8 bytes (every mark it looks for is ASCII):
    /// a page has a link per mention, and comparing `Character`s made this most of the HTML renderer's time.
    static func htmlLink(for url: String) -> String {
        let bytes = url.utf8
        guard let first = bytes.first, first != slash, first != hash, !bytes.contains(colon) else { return url }
        let fragment = bytes.firstIndex(of: hash) ?? bytes.endIndex
        let path = bytes[..<fragment]
        if path.count >= markdownExtension.count, path.suffix(markdownExtension.count).elementsEqual(markdownExtension) {
            return url[..<bytes.index(fragment, offsetBy: -markdownExtension.count)] + ".html" + url[fragment...]
        }
        if path.starts(with: parentFolder) {
            return String(url[bytes.index(bytes.startIndex, offsetBy: parentFolder.count)...])
        }
        return url
    }

    private static let slash = UInt8(ascii: "/")
    private static let hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":")
    private static let markdownExtension = Array(".md".utf8)
    private static let parentFolder = Array("../".utf8)
}
