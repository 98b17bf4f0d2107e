import DossierCore

/// Every sentence of the dossier by its reference, with its position in its source's reading order: made once for all
/// pages, so that a page linking to many sentences of one long article stays linear in its links (looking each one up
/// in the article, or making a table per page, made the Markdown stage quadratic on a book-length article).
struct SentenceIndex: Sendable {
    struct Entry: Sendable {
        var sentence: Sentence
        /// 0-based, among all the sentences of its source.
        var position: Int
    }

    private let bySource: [String: [String: Entry]]

    init(_ dossier: Dossier) {
        var bySource: [String: [String: Entry]] = [:]
        bySource.reserveCapacity(dossier.sources.count)
        for article in dossier.sources where bySource[article.id] == nil {
            var byID: [String: Entry] = [:]
            var position = 0
            for paragraph in article.paragraphs {
                for sentence in paragraph.sentences {
                    // The first of two sentences with one id wins.
                    if byID[sentence.id] == nil { byID[sentence.id] = Entry(sentence: sentence, position: position) }
                    position += 1
                }
            }
            bySource[article.id] = byID
        }
        self.bySource = bySource
    }

    func entry(_ reference: SentenceReference) -> Entry? {
        bySource[reference.source]?[reference.sentence]
    }

    func sentence(_ reference: SentenceReference) -> Sentence? {
        entry(reference)?.sentence
    }
}
