import DossierCore
import DossierCorpus

/// The parse stage over a corpus, reading again only the files whose bytes differ from those of a previous build.
struct ParsedArticles {
    /// The articles in the files' order, ids not yet assigned.
    var articles: [Article]
    /// Every article by its path, with the file it came from, for the next build.
    var byPath: [String: ParsedFile]
    /// How many files were parsed (the others were taken from `remembered`).
    var count: Int

    /// Parses each file that `remembered` does not hold with the same path and bytes, on all cores.
    static func read(_ files: [SourceFile], reader: ArticleReader, remembered: [String: ParsedFile]) -> ParsedArticles {
        let kept = files.map { file in remembered[file.path].flatMap { $0.file == file ? $0.article : nil } }
        let missing = kept.indices.filter { kept[$0] == nil }
        let read = ParallelMap.map(missing) { reader.read(files[$0], id: "") }
        var fresh = read.makeIterator()
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        for article in kept {
            if let article { articles.append(article) } else if let next = fresh.next() { articles.append(next) }
        }
        let byPath = Dictionary(zip(files, articles).map { ($0.path, ParsedFile(file: $0, article: $1)) }) { _, last in last }
        return ParsedArticles(articles: articles, byPath: byPath, count: missing.count)
    }
}
