import DossierCore
import DossierLanguage
import Foundation

/// Stage "extract figures": every number the sources state, grouped by what it measures, with agreement per row.
public struct FigureExtractor: Sendable {
    var curation: FigureCuration
    /// The build's language data: tokens, lemmas and WordNet's relations between measured nouns.
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.init(lexicon: lexicon, curation: FigureCuration())
    }

    init(lexicon: Lexicon, curation: FigureCuration) {
        self.lexicon = lexicon
        self.curation = curation
    }

    /// An extractor with the bundled lexicon and WordNet (`wordnet-base`), which the build cannot do without.
    public init() {
        self.init(lexicon: Self.bundledLexicon(), curation: FigureCuration())
    }

    init(curation: FigureCuration) {
        self.init(lexicon: Self.bundledLexicon(), curation: curation)
    }

    /// An extractor that applies the user's `figures.yml` (its text, and the path to show in messages).
    public static func curated(by text: String, shownAs path: String, lexicon: Lexicon) -> (FigureExtractor, [Diagnostic]) {
        let (curation, diagnostics) = FigureCuration.load(text, shown: path)
        return (FigureExtractor(lexicon: lexicon, curation: curation), diagnostics)
    }

    private static func bundledLexicon() -> Lexicon {
        do { return try Lexicon.load() } catch { preconditionFailure("\(error)") }
    }

    /// The rows of the comparison table: stated by most sources first, conflicts first among them.
    public func figures(in articles: [Article]) -> ([Figure], [Diagnostic]) {
        let indexed = Array(articles.enumerated())
        // Each article is tokenized once, for both its figures and its names in the story index.
        let sentences = FigureSentences(lexicon: lexicon)
        let perArticle = ParallelMap.map(indexed) { indexed -> (mentions: [FigureMention], names: [String: Int]) in
            let tokenized = sentences.tokens(of: indexed.element)
            let names = StoryIndex.nameCounts(of: tokenized)
            let mentions = FigureFinder(lexicon: lexicon).mentions(in: indexed.element, sourceIndex: indexed.offset, tokenized: tokenized,
                                                   knownNames: Set(names.keys))
            return (mentions, names)
        }
        var mentions = perArticle.flatMap(\.mentions)
        Self.dateUndated(&mentions, articles: articles)
        let relations = MeasureRelations(nouns: Set(mentions.compactMap(\.measuredNoun)),
                                         verbs: Set(mentions.compactMap(\.reading.yearVerb)), wordNet: lexicon.wordNet)
        for index in mentions.indices {
            if let noun = mentions[index].reading.head { mentions[index].countsPeople = relations.isPerson(noun) }
        }
        let groups = FigureGrouper(stories: StoryIndex(counts: perArticle.map(\.names)), relations: relations).groups(mentions)
        let drafts = Self.drafts(groups, mentions: mentions)
        let (curated, diagnostics) = curation.apply(to: drafts) { articles[mentions[$0].sourceIndex].id }
        let figures = curated.map { Self.figure($0, mentions: mentions) }
        return (figures.sorted(by: Self.tableOrder), diagnostics)
    }

    /// A number whose sentence and article name no year belongs to the corpus's year: the year most articles were
    /// published in, or else the year the sentences name most (the latest on a tie).
    static func dateUndated(_ mentions: inout [FigureMention], articles: [Article]) {
        var counts: [Int: Int] = [:]
        for article in articles { if let year = FigureFinder.year(of: article.metadata.published) { counts[year, default: 0] += 1 } }
        if counts.isEmpty { for mention in mentions { if let year = mention.year { counts[year, default: 0] += 1 } } }
        guard let corpusYear = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return }
        for index in mentions.indices where mentions[index].year == nil { mentions[index].year = corpusYear }
    }

    /// Labels and stable ids; rows that share a label are told apart by whose number it is and when.
    static func drafts(_ groups: [[Int]], mentions: [FigureMention]) -> [FigureDraft] {
        var labels = groups.map { MeasureLabel.label(for: $0.map { mentions[$0] }) }
        var seen: [String: Int] = [:]
        for label in labels { seen[label, default: 0] += 1 }
        for (index, label) in labels.enumerated() where seen[label]! > 1 {
            labels[index] = MeasureLabel.distinguished(label, for: groups[index].map { mentions[$0] })
        }
        let ids = Slug.unique(labels, fallback: "figure")
        return zip(ids, zip(labels, groups)).map { FigureDraft(id: $0.0, measure: $0.1.0, members: $0.1.1) }
    }

    static func figure(_ draft: FigureDraft, mentions: [FigureMention]) -> Figure {
        let members = draft.members.map { mentions[$0] }.sorted { ($0.sourceIndex, $0.sentenceIndex) < ($1.sourceIndex, $1.sentenceIndex) }
        let values = members.map(\.value)
        return Figure(id: draft.id, measure: draft.measure, unit: members.first?.unit, values: values,
                      agreement: FigureAgreement.agreement(of: values, units: members.map { $0.quantity.kind == .money ? $0.unit : nil }),
                      basis: FigureBasis.basis(of: members))
    }

    /// Rows stated by two or more sources first (conflicts, then approximate, then agree), then single ones.
    static func tableOrder(_ lhs: Figure, _ rhs: Figure) -> Bool {
        let rank: [Agreement: Int] = [.conflict: 0, .approximate: 1, .agree: 2, .single: 3]
        if rank[lhs.agreement]! != rank[rhs.agreement]! { return rank[lhs.agreement]! < rank[rhs.agreement]! }
        let l = lhs.sources.count, r = rhs.sources.count
        if l != r { return l > r }
        if lhs.measure != rhs.measure { return lhs.measure < rhs.measure }
        return lhs.id < rhs.id
    }
}
