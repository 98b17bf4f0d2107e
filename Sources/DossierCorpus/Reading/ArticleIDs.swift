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
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
        let stemSlug = Slug.make(stem.isEmpty ? fileName : stem, maxLength: 24, fallback: "source")
        let titleWords = (title ?? "").split(whereSeparator: \.isWhitespaceFast).prefix(6).joined(separator: " ")
        let titleSlug = Slug.make(titleWords, maxLength: 40, fallback: "")
        return titleSlug.isEmpty ? stemSlug : "\(stemSlug)-\(titleSlug)"
    }
}
