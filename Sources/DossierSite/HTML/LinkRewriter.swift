/// Markdown pages link to each other as `.md` files; the HTML pages link to `.html`.
enum LinkRewriter {
    /// `../people/x.md#s3` → `../people/x.html#s3`; absolute URLs are left alone.
    static func htmlLink(for url: String) -> String {
        if url.contains(":") || url.hasPrefix("//") { return url }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix(".md") else { return url }
        let html = path.dropLast(3) + ".html"
        return parts.count > 1 ? "\(html)#\(parts[1])" : String(html)
    }
}
