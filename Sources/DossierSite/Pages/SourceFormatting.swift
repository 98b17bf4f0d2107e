import DossierCore
import DossierLanguage

/// How a source is named and described in lists and cards.
enum SourceFormatting {
    /// The title; when the text has none, the outlet (or the origin) and its first words (a reader recognises
    /// the lead), else the file name.
    static func title(_ article: Article) -> String {
        if let title = article.metadata.title { return title }
        let source = (article.metadata.outlet ?? article.metadata.origin).map { $0 + ": " } ?? ""
        // The first sentence, found in place (`Article.sentences` gathers a copy of them all).
        if let lead = article.paragraphs.first(where: { !$0.sentences.isEmpty })?.sentences.first, !lead.text.isEmpty { return "[untitled] " + source + firstWords(of: lead) }
        return "[untitled] \(article.fileName)"
    }

    /// The sentence up to its `count`th word (marks are no words), with an ellipsis when it goes on.
    static func firstWords(of sentence: Sentence, count: Int = 8) -> String {
        let words = sentence.tokens.filter { !$0.isPunctuation }
        guard words.count > count else { return sentence.text }
        return sentence.tokens.span(0, words[count - 1].index, in: sentence.text) + "…"
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
