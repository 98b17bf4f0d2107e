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

    /// The rows of the comparison table: stated by most sources first, conflicts first among them. `sentences`: each
    /// article's sentences, gathered once for all the passes.
    public func figures(in articles: [Article], sentences: [[Sentence]]) -> ([Figure], [Diagnostic]) {
        // The mentions taken out of the pair, so that this array is their only holder: dating them in place copied every
        // mention (its strings retained, later released) while the pair still held the array.
        var mentions: [FigureMention]
        let names: [NameCounts]
        (mentions, names) = Self.mentions(in: articles, articleSentences: sentences, sentences: FigureSentences(lexicon: lexicon),
                                          finder: FigureFinder(lexicon: lexicon))
        Self.dateUndated(&mentions, articles: articles)
        // Each mention's fields read in place: `compactMap` over the mentions copied each (about twenty strings and
        // arrays retained and released) to read one field, as a key path's getter did and the computed `measuredNoun`
        // of an element does, even through the array's buffer (`measuredNoun(at:)` reads the fields).
        var nouns = Set<String>(), verbs = Set<String>()
        for index in mentions.indices {
            if let noun = mentions.measuredNoun(at: index) { nouns.insert(noun) }
            if let verb = mentions[index].reading.yearVerb { verbs.insert(verb) }
        }
        let relations = MeasureRelations(nouns: nouns, verbs: verbs, wordNet: lexicon.wordNet)
        for index in mentions.indices {
            if let noun = mentions[index].reading.head { mentions[index].countsPeople = relations.isPerson(noun) }
        }
        let groups = FigureGrouper(stories: StoryIndex(counts: names), relations: relations).groups(mentions)
        let drafts = Self.drafts(groups, mentions: mentions)
        let (curated, diagnostics) = curation.apply(to: drafts) { articles[mentions[$0].sourceIndex].id }
        let rows = Self.rows(of: curated, takingValuesOf: &mentions)
        let dated = mentions
        let figures = ParallelMap.map(rows) { Self.figure($0.draft, members: $0.members, values: $0.values, mentions: dated) }
        return (Self.inTableOrder(figures), diagnostics)
    }

    /// Each row's members in corpus order, with their values moved out of the mentions (which need them no more): each
    /// value copied into its row retained its strings, released again with the mentions. A mention that two rows share
    /// (curation can make no such rows, but it is not assumed) gives the last of them its value and the others a copy.
    static func rows(of drafts: [FigureDraft], takingValuesOf mentions: inout [FigureMention])
        -> [(draft: FigureDraft, members: [Int], values: [FigureValue])] {
        var uses = Array(repeating: 0, count: mentions.count)
        var rows = drafts.map { draft in
            let members = draft.members.sorted {
                (mentions[$0].sourceIndex, mentions[$0].sentenceIndex) < (mentions[$1].sourceIndex, mentions[$1].sentenceIndex)
            }
            for member in members { uses[member] += 1 }
            return (draft: draft, members: members, values: [FigureValue]())
        }
        for row in rows.indices {
            rows[row].values.reserveCapacity(rows[row].members.count)
            for member in rows[row].members {
                uses[member] -= 1
                if uses[member] > 0 {
                    rows[row].values.append(mentions[member].value)
                } else {
                    var value = FigureValue(value: nil, text: "", qualifier: nil, sentence: "", reference: SentenceReference(source: "", sentence: ""))
                    swap(&value, &mentions[member].value)
                    rows[row].values.append(value)
                }
            }
        }
        return rows
    }

    /// Every article's figures, and the names each article uses (for the story index). Each article is tokenized
    /// once, for both. The sentences are read on all cores in batches (`SentenceBatches`), so a book-length
    /// article takes no longer than as many short ones; then each article's mentions are made in reading order.
    static func mentions(in articles: [Article], articleSentences: [[Sentence]], sentences: FigureSentences, finder: FigureFinder,
                         batchSize: Int = SentenceBatches.minimumSentencesPerBatch,
                         maximumBatches: Int = SentenceBatches.coreCount)
        -> (mentions: [FigureMention], names: [NameCounts]) {
        let tokenized = ParallelMap.map(articleSentences) { $0.map(sentences.tokens(of:)) }
        // The articles a thread reads one after another share what each capitalized word type says (`NameAnswer`).
        let nameAnswers = WordTypeAnswers.Pool()
        let names = ParallelMap.map(tokenized) { article in nameAnswers.withAnswers { StoryIndex.nameCounts(of: article, answers: &$0) } }
        // (The articles' ids and dates read in place, here and below: an article passed whole was a copy of it.)
        let recognizers = articles.indices.map { finder.recognizer(published: articles[$0].metadata.published) }
        // The runs a thread works one after another share what each word type says of where a number may start.
        let answers = WordTypeAnswers.Pool()
        var numbers = SentenceBatches.map(articleSentences, batchSize: batchSize, maximumBatches: maximumBatches) { article, run in
            // The article's tokens, recognizer and names taken once for the run, not for each sentence (each a copy
            // retaining and releasing their arrays).
            let sentences = tokenized[article], recognizer = recognizers[article], known = names[article]
            return answers.withAnswers { answers in
                run.indices.map { finder.numbers(in: sentences[$0], recognizer: recognizer, knownNames: known, answers: &answers) }
            }
        }.map { Array($0.joined()) }
        // Each article's mentions appended in turn to the corpus's array: made per article on all cores, they were then
        // copied into one array (every mention's strings and arrays retained, and released with the articles' arrays).
        var mentions: [FigureMention] = []
        // Room for every number stated (a few are dropped), so the array of large mentions is not moved as it grows.
        mentions.reserveCapacity(numbers.reduce(0) { total, article in article.reduce(total) { $0 + $1.quantities.count } })
        for index in articles.indices {
            finder.mentions(ofSource: articles[index].id, published: articles[index].metadata.published, sentences: articleSentences[index],
                            sourceIndex: index, tokenized: tokenized[index], numbers: &numbers[index], into: &mentions)
        }
        return (mentions, names)
    }

    /// A number whose sentence and article name no year belongs to the corpus's year: the year most articles were
    /// published in, or else the year the sentences name most (the latest on a tie).
    static func dateUndated(_ mentions: inout [FigureMention], articles: [Article]) {
        var counts: [Int: Int] = [:]
        // (Each article's date read in place: `for article in articles` copied every article.)
        for index in articles.indices {
            if let year = FigureFinder.year(of: articles[index].metadata.published) { counts[year, default: 0] += 1 }
        }
        if counts.isEmpty { for index in mentions.indices { if let year = mentions[index].year { counts[year, default: 0] += 1 } } }
        guard let corpusYear = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return }
        for index in mentions.indices where mentions[index].year == nil { mentions[index].year = corpusYear }
    }

    /// Labels and stable ids; rows that share a label are told apart by whose number it is and when.
    static func drafts(_ groups: [[Int]], mentions: [FigureMention]) -> [FigureDraft] {
        // (The members are read by position: an array of their mentions copied each.)
        var labels = ParallelMap.map(groups) { MeasureLabel.label(for: $0, of: mentions) }
        // (With room for every label: grown from empty, the table was made anew at each doubling, its labels hashed again.)
        var seen = [String: Int](minimumCapacity: labels.count)
        for label in labels { seen[label, default: 0] += 1 }
        for (index, label) in labels.enumerated() where seen[label]! > 1 {
            labels[index] = MeasureLabel.distinguished(label, for: groups[index], of: mentions)
        }
        let ids = Slug.unique(labels, fallback: "figure")
        return zip(ids, zip(labels, groups)).map { FigureDraft(id: $0.0, measure: $0.1.0, members: $0.1.1) }
    }

    /// The row of a draft whose members in corpus order are `members`, stating `values` (`rows(of:takingValuesOf:)`). The
    /// mentions are read by position, in place: copying each mention (about twenty strings and arrays) to read a few of
    /// its fields cost more than the row.
    static func figure(_ draft: FigureDraft, members: [Int], values: [FigureValue], mentions: [FigureMention]) -> Figure {
        // (`unit(at:)`: the computed `unit` of a mention in the array, even through its buffer, copied the mention.)
        let unit = members.first.flatMap { mentions.unit(at: $0) }
        let units = members.map { mentions[$0].quantity.kind == .money ? mentions.unit(at: $0) : nil }
        return Figure(id: draft.id, measure: draft.measure, unit: unit, values: values,
                      agreement: FigureAgreement.agreement(of: values, units: units),
                      basis: FigureBasis.basis(of: members, in: mentions))
    }

    /// Rows stated by two or more sources first (conflicts, then approximate, then agree), then single ones.
    /// (Each row's count of sources is worked out once, not at every comparison.)
    /// The figures' positions are sorted, by keys made once, and each figure is moved once into its place: sorting
    /// the rows themselves (paired with their counts) copied every row, its strings and arrays retained and released,
    /// into the pairs, while sorting and out of them; and a copy into its place retained them once more.
    static func inTableOrder(_ figures: consuming [Figure]) -> [Figure] {
        // Each figure's fields read in place, by position, and its `sourceCount` worked out as `Figure` does, from its
        // values: `figures.map { $0.sourceCount }` copied every figure (its strings and arrays retained, then released).
        let ranks = figures.indices.map { rank(figures[$0].agreement) }
        let sources = figures.indices.map { figures[$0].values.distinctCount { $0.reference.source } }
        let order = figures.indices.sorted { lhs, rhs in
            if ranks[lhs] != ranks[rhs] { return ranks[lhs] < ranks[rhs] }
            if sources[lhs] != sources[rhs] { return sources[lhs] > sources[rhs] }
            if figures[lhs].measure != figures[rhs].measure { return figures[lhs].measure < figures[rhs].measure }
            return figures[lhs].id < figures[rhs].id
        }
        var ordered: [Figure] = []
        ordered.reserveCapacity(figures.count)
        for position in order {
            var figure = Figure(id: "", measure: "", unit: nil, values: [], agreement: .single)
            swap(&figure, &figures[position])
            ordered.append(figure)
        }
        return ordered
    }

    private static func rank(_ agreement: Agreement) -> Int {
        switch agreement {
        case .conflict: return 0
        case .approximate: return 1
        case .agree: return 2
        case .single: return 3
        }
    }
}
