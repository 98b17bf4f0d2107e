import DossierCore

/// Where each page of the site lives, and relative links between pages (the site works from `file://`).
public enum SitePath {
    public static let index = "index"
    public static let sourcesIndex = "sources/index"
    public static let peopleIndex = "people/index"
    public static let topicsIndex = "topics/index"
    public static let figures = "figures"
    public static let timeline = "timeline"

    public static func source(_ id: String) -> String { "sources/\(id)" }
    public static func person(_ id: String) -> String { "people/\(id)" }
    public static func topic(_ id: String) -> String { "topics/\(id)" }
    /// The copy of the original article file, always `.txt` (plain text to any browser or server).
    public static func original(_ article: Article) -> String {
        "originals/\(article.id).txt"
    }

    /// A Markdown link target from one page to another (`../people/x.md#s3`); the HTML renderer turns `.md` into `.html`.
    public static func link(from page: String, to target: String, anchor: String? = nil) -> String {
        let prefix = String(repeating: "../", count: components(of: page) - 1)
        return prefix + target + ".md" + (anchor.map { "#\($0)" } ?? "")
    }

    /// The lines removed from an article as boilerplate, each with its line number, as plain text.
    public static func removedLines(_ article: Article) -> String {
        "originals/\(article.id).removed.txt"
    }

    /// A link to a file of the site that is not a page (an original, a CSV). Written for the Markdown copy,
    /// which lives one folder deeper (`markdown/`); the HTML renderer drops that extra `../`.
    public static func fileLink(from page: String, to file: String) -> String {
        String(repeating: "../", count: components(of: page)) + file
    }

    /// How many names a path has between its slashes (`page.split(separator: "/").count`, without making them).
    static func components(of path: String) -> Int {
        var count = 0
        var inName = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                inName = false
            } else if !inName {
                inName = true
                count += 1
            }
        }
        return count
    }

    /// A link to one sentence of a source page.
    public static func link(from page: String, to reference: SentenceReference) -> String {
        link(from: page, to: source(reference.source), anchor: reference.sentence)
    }
}
