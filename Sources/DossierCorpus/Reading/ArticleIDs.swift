import DossierCore

/// Gives each article its stable, unique id: the file name's slug, then the first words of the title.
public enum ArticleIDs {
    /// `articles` and `paths` in the same order (sorted by path, so ids are stable across builds).
    public static func assign(_ articles: [Article], paths: [String]) -> [Article] {
        let bases = ParallelMap.map(Array(zip(articles.map(\.metadata.title), paths))) { title, path in base(path: path, title: title) }
        let ids = Slug.unique(bases, fallback: "source")
        return zip(articles, ids).map { article, id in
            var article = article
            article.id = id
            return article
        }
    }

    static func base(path: String, title: String?) -> String {
        let stemSlug = Slug.make(stem(of: path), maxLength: 24, fallback: "source")
        let titleSlug = Slug.make(leadingWords(of: title ?? ""), maxLength: 40, fallback: "")
        guard !titleSlug.isEmpty else { return stemSlug }
        var id = stemSlug
        id.reserveCapacity(stemSlug.utf8.count + 1 + titleSlug.utf8.count)
        id.append("-")
        id.append(titleSlug)
        return id
    }

    /// The file name of `path` without its extension (`a.b.txt` → `a.b`; without a stem, `.txt` → `.txt`), to be made
    /// a slug. An ASCII path is cut in place: a slug reads a run of dots or slashes as one break and drops them at the
    /// ends, so the cut gives the slug of the pieces joined. Any other is split as characters.
    static func stem(of path: String) -> String {
        guard path.isAllASCII else {
            let fileName = SourceFile.fileName(of: path)
            let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
            return stem.isEmpty ? fileName : stem
        }
        let bytes = path.utf8
        // The last name between slashes, trailing slashes dropped; the path itself when it holds none.
        guard let last = bytes.lastIndex(where: { $0 != UInt8(ascii: "/") }) else { return path }
        let end = bytes.index(after: last)
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
        // The extension is the last piece between dots, trailing dots dropped; the stem what is before its dot.
        guard let lastPiece = bytes[start..<end].lastIndex(where: { $0 != UInt8(ascii: ".") }),
              let dot = bytes[start..<lastPiece].lastIndex(of: UInt8(ascii: ".")),
              bytes[start..<dot].contains(where: { $0 != UInt8(ascii: ".") })
        else { return String(path[start..<end]) }
        return String(path[start..<dot])
    }

    /// The first six white-space separated words of `title`, to be made a slug. An ASCII title is cut after its
    /// sixth word in place (a slug reads a run of white space as one break); any other is split as characters.
    static func leadingWords(of title: String) -> String {
        guard title.isAllASCII else {
            return title.split(whereSeparator: \.isWhitespaceFast).prefix(titleWords).joined(separator: " ")
        }
        var words = 0
        var inWord = false
        for index in title.utf8.indices {
            let byte = title.utf8[index]
            let isSpace = byte.isASCIIWhitespace
            if isSpace && inWord {
                words += 1
                if words == titleWords { return String(title[..<index]) }
            }
            inWord = !isSpace
        }
        return title
    }

    /// The words of the title an id takes.
    static let titleWords = 6
}
