import DossierCore

/// How a source is named and described in lists and cards.
enum SourceFormatting {
    /// The title, or the file name when the text has none.
    static func title(_ article: Article) -> String {
        article.metadata.title ?? "Untitled (\(article.fileName))"
    }

    static func date(_ article: Article) -> String {
        article.metadata.published ?? "date not stated"
    }

    static func outlet(_ article: Article) -> String {
        article.metadata.outlet ?? "outlet not stated"
    }

    /// The flag names, comma-separated, or an empty string.
    static func flags(_ article: Article) -> String {
        article.flags.map(\.kind).joined(separator: ", ")
    }
}
