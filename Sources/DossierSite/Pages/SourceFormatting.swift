import DossierCore

/// How a source is named and described in lists and cards.
enum SourceFormatting {
    /// The title; when the text has none, the outlet (or the origin) and its first words (a reader recognises
    /// the lead), else the file name.
    static func title(_ article: Article) -> String {
        if let title = article.metadata.title { return title }
        let source = (article.metadata.outlet ?? article.metadata.origin).map { $0 + ": " } ?? ""
        if let lead = article.sentences.first?.text, !lead.isEmpty { return "[untitled] " + source + firstWords(of: lead) }
        return "[untitled] \(article.fileName)"
    }

    /// Up to `count` words, with an ellipsis when the text goes on.
    static func firstWords(of text: String, count: Int = 8) -> String {
        let words = text.split(whereSeparator: \.isWhitespaceFast)
        let head = words.prefix(count).joined(separator: " ")
        return words.count > count ? head + "…" : head
    }

    /// The date; one taken from the story's other sources says so.
    static func date(_ article: Article) -> String {
        guard let published = article.metadata.published else { return "date not stated" }
        return article.metadata.dateInferredFrom.isEmpty ? published : published + " (inferred)"
    }

    static func outlet(_ article: Article) -> String {
        article.metadata.outlet ?? "outlet not stated"
    }

    /// The flag names, comma-separated, or an empty string.
    static func flags(_ article: Article) -> String {
        article.flags.map(\.kind).joined(separator: ", ")
    }
}
