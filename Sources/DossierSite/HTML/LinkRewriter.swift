import DossierCore
/// Markdown pages link to each other as `.md` files; the HTML pages link to `.html`.
/// Links to other files of the site are written for the Markdown copy in `markdown/`, one folder deeper.
enum LinkRewriter {
    /// `../people/x.md#s3` → `../people/x.html#s3`; `../../originals/x.txt` → `../originals/x.txt`;
    /// absolute URLs and in-page anchors are left alone.
    static func htmlLink(for url: String) -> String {
        if url.contains(":" as Character) || url.hasPrefix("//") || url.hasPrefix("#") || url.hasPrefix("/") { return url }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first else { return url }
        let rewritten: Substring
        if path.hasSuffix(".md") {
            rewritten = path.dropLast(3) + ".html"
        } else if path.hasPrefix("../") {
            rewritten = path.dropFirst(3)
        } else {
            return url
        }
        return parts.count > 1 ? "\(rewritten)#\(parts[1])" : String(rewritten)
    }
}
