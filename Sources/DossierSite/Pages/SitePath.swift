import DossierCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where each page of the site lives, and relative links between pages (the site works from `file://`).
public enum SitePath {
    public static let index = "index"
    public static let sourcesIndex = "sources/index"
    public static let peopleIndex = "people/index"
    public static let topicsIndex = "topics/index"
    public static let figures = "figures"
    public static let timeline = "timeline"

    public static let sourcesFolder = "sources/"
    public static let peopleFolder = "people/"
    public static let topicsFolder = "topics/"

    public static func source(_ id: String) -> String { sourcesFolder + id }
    public static func person(_ id: String) -> String { peopleFolder + id }
    public static func topic(_ id: String) -> String { topicsFolder + id }

    /// A page's address from the site root, as the HTML site has it: `folder` + `name` + `.html`, made in one string.
    public static func pageURL(_ folder: String, _ name: String) -> String {
        var url = ""
        url.reserveCapacity(folder.utf8.count + name.utf8.count + 5)
        url += folder
        url += name
        url += ".html"
        return url
    }
    /// The copy of the original article file, always `.txt` (plain text to any browser or server).
    public static func original(_ article: Article) -> String {
        "originals/\(article.id).txt"
    }

    /// A Markdown link target from one page to another (`../people/x.md#s3`); the HTML renderer turns `.md` into `.html`.
    /// Made in one string, with room for it all at once: the pages link to each other hundreds of thousands of times.
    public static func link(from page: String, to target: String, anchor: String? = nil) -> String {
        link(from: page, to: "", target, anchor: anchor)
    }

    /// `link(from:to:anchor:)` to the target `folder` + `name`, without making it first.
    private static func link(from page: String, to folder: String, _ name: String, anchor: String?) -> String {
        let depth = max(components(of: page) - 1, 0)
        var link = ""
        link.reserveCapacity(3 * depth + folder.utf8.count + name.utf8.count + 3 + (anchor.map { $0.utf8.count + 1 } ?? 0))
        appendLink(depth: depth, to: folder, name, anchor: anchor, into: &link)
        return link
    }

    /// `link(from:to:anchor:)` to the target `folder` + `name` (`peopleFolder` and an id), appended to `text`: a page
    /// writes its links into its Markdown, with no string of their own.
    public static func appendLink(from page: String, to folder: String, _ name: String, anchor: String? = nil, into text: inout String) {
        appendLink(depth: components(of: page) - 1, to: folder, name, anchor: anchor, into: &text)
    }

    /// The link from a page `depth` folders down from the site root.
    private static func appendLink(depth: Int, to folder: String, _ name: String, anchor: String?, into text: inout String) {
        for _ in 0..<max(depth, 0) { text += "../" }
        text += folder
        text += name
        // `.md#` in one append, not two.
        if let anchor {
            text += ".md#"
            text += anchor
        } else {
            text += ".md"
        }
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

    /// How many names a path has between its slashes (`page.split(separator: "/").count`, without making them). Every
    /// link a page writes asks it of the page's path: the slashes are found by the C library's memchr, which reads many
    /// bytes at a time, not by a test per byte.
    static func components(of path: String) -> Int {
        path.withBorrowedUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let end = base + bytes.count
            var count = 0
            var nameStart = base
            while nameStart < end {
                let slash = memchr(nameStart, Int32(UInt8(ascii: "/")), end - nameStart)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? end
                if slash > nameStart { count += 1 }
                nameStart = slash + 1
            }
            return count
        }
    }

    /// A link to one sentence of a source page.
    public static func link(from page: String, to reference: SentenceReference) -> String {
        link(from: page, to: sourcesFolder, reference.source, anchor: reference.sentence)
    }
}
