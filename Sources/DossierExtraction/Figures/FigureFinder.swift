import DossierLanguage
import DossierCore

/// Finds the figures of one article: every number of every sentence, with what it counts.
/// A number that names no counted thing (`35 others`, `100 were released`) takes the one an earlier number named.
struct FigureFinder: Sendable {
    /// The build's language data: noun lemmas of units and counted nouns.
    let lexicon: Lexicon
    /// Words after which a name is its clause's subject, and so whose number it is (the lexicon's list).
    let subjectAuxiliaries: Set<String>

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        subjectAuxiliaries = lexicon.words(.subjectAuxiliaries)
    }

    /// The recognizer of the article's numbers: `28 years ago` is a year when the article's date is known.
    func recognizer(for article: Article) -> QuantityRecognizer {
        recognizer(published: article.metadata.published)
    }

    /// The recognizer of the numbers of an article published on `published` (an ISO date, or nil).
    func recognizer(published: String?) -> QuantityRecognizer {
        QuantityRecognizer(publishedYear: Self.year(of: published), lexicon: lexicon)
    }

    /// What one sentence states, read from the sentence alone: its numbers, what each measures, and its years.
    /// `knownNames`: the article's name counts (`StoryIndex.nameCounts`).
    func numbers(in tokens: [Token], recognizer: QuantityRecognizer, knownNames: NameCounts) -> SentenceNumbers {
        var answers = WordTypeAnswers()
        return numbers(in: tokens, recognizer: recognizer, knownNames: knownNames, answers: &answers)
    }

    /// `numbers(in:recognizer:knownNames:)` with a cache of what word types say of where a number may start
    /// (`WordTypeAnswers`) the caller lends from one sentence to the next.
    func numbers(in tokens: [Token], recognizer: QuantityRecognizer, knownNames: NameCounts,
                 answers: inout WordTypeAnswers) -> SentenceNumbers {
        // `two weeks ago` is a duration, a figure like any other (the timeline places it too when it can).
        let (quantities, words, tokenAnswers) = recognizer.quantitiesAndWords(in: tokens, answers: &answers)
        guard !quantities.isEmpty else { return SentenceNumbers() }
        let readings = MeasureReader(tokens: tokens, words: words, answers: tokenAnswers, lexicon: lexicon, knownNames: knownNames,
                                     subjectAuxiliaries: subjectAuxiliaries)
            .readings(of: quantities)
        return SentenceNumbers(quantities: quantities, readings: readings, years: Self.years(in: tokens))
    }

    /// The figures of the article (whose sentences are `sentences`) from what each states (`numbers[i]` is sentence `i`), in reading
    /// order, appended to `mentions` (the corpus's, article after article): a count that names no counted thing takes the
    /// one a number a sentence or two before named. The readings are moved out of `numbers` into the mentions, which leaves
    /// them empty.
    func mentions(in article: Article, sentences: [Sentence], sourceIndex: Int, tokenized: [[Token]], numbers: inout [SentenceNumbers],
                  into mentions: inout [FigureMention]) {
        self.mentions(ofSource: article.id, published: article.metadata.published, sentences: sentences, sourceIndex: sourceIndex,
                      tokenized: tokenized, numbers: &numbers, into: &mentions)
    }

    /// `mentions(in:sentences:sourceIndex:tokenized:numbers:into:)` of the article whose id is `id`, published on
    /// `published` (the two fields of the article it reads, which a caller reads in place: an article passed whole
    /// from an array was a copy of it).
    func mentions(ofSource id: String, published: String?, sentences: [Sentence], sourceIndex: Int, tokenized: [[Token]],
                  numbers: inout [SentenceNumbers], into mentions: inout [FigureMention]) {
        // The counted thing of the last number that named one: its three fields a later number takes, not the whole
        // reading (a copy of about a dozen strings and arrays for every such number).
        var lastCounted: (head: String?, headText: String?, adjectives: [String], sentence: Int)?
        let articleYear = Self.year(of: published)
        // By position: enumerating the sentences copied each one (its strings and tokens retained and released), where
        // only the few that state a number are read.
        for sentenceIndex in sentences.indices {
            guard !numbers[sentenceIndex].quantities.isEmpty else { continue }
            let quantities = numbers[sentenceIndex].quantities, years = numbers[sentenceIndex].years
            let tokens = tokenized[sentenceIndex]
            for (position, quantity) in quantities.enumerated() {
                // The reading moved out, not copied: a copy retained each of its strings and arrays, and dropping
                // `numbers` released them all again.
                var reading = MeasureReading(textEnd: 0)
                swap(&reading, &numbers[sentenceIndex].readings[position])
                if let head = reading.head, MeasureVocabulary.attributionNouns.contains(head) { continue }
                let counts = quantity.kind == .count || quantity.kind == .vague
                if counts, reading.head == nil, let earlier = lastCounted, sentenceIndex - earlier.sentence <= FigureRules.pointBackReach {
                    reading.head = earlier.head
                    reading.headText = earlier.headText
                    reading.adjectives = earlier.adjectives
                    reading.pointsBack = true
                } else if counts, reading.head != nil, !reading.pointsBack {
                    lastCounted = (reading.head, reading.headText, reading.adjectives, sentenceIndex)
                }
                let sentenceText = sentences[sentenceIndex].text
                let text = FigureSentences.text(of: tokens, from: quantity.tokens.lowerBound, to: reading.textEnd, in: sentenceText)
                let value = FigureValue(value: quantity.value, text: text, qualifier: quantity.qualifier, sentence: sentenceText,
                                        reference: SentenceReference(source: id, sentence: sentences[sentenceIndex].id),
                                        upper: quantity.upper)
                let year = years.first { !quantity.tokens.contains($0.index) }?.year ?? articleYear
                // The reading moved into the mention (an empty one appended, then swapped with it): passed as it was, it
                // was copied (its dozen strings and arrays retained), then dropped.
                mentions.append(FigureMention(quantity: quantity, reading: MeasureReading(textEnd: 0), value: value, sourceIndex: sourceIndex,
                                              sentenceIndex: sentenceIndex, year: year, yearKnown: year != nil))
                swap(&mentions[mentions.count - 1].reading, &reading)
            }
        }
    }

    /// Four-digit years a sentence names, with their token positions. Only a number is asked: `year(within:)` takes the
    /// token whole, and every token of every sentence that states a number was copied (its strings retained, released).
    static func years(in tokens: [Token]) -> [(index: Int, year: Int)] {
        var years: [(index: Int, year: Int)] = []
        for index in tokens.indices where tokens[index].kind == .number {
            if let year = tokens[index].year(within: 1900...2100) { years.append((index, year)) }
        }
        return years
    }

    /// The year of an ISO date (`2025-03-06` → 2025).
    static func year(of date: String?) -> Int? {
        guard let date, date.count >= 4 else { return nil }
        return Int(date.prefix(4))
    }

}

/// The numbers one sentence states and what each measures, read from the sentence alone.
struct SentenceNumbers: Sendable {
    var quantities: [Quantity] = []
    /// `readings[i]` is what `quantities[i]` measures.
    var readings: [MeasureReading] = []
    /// The four-digit years the sentence names, with their token positions (read only when it states a number).
    var years: [(index: Int, year: Int)] = []
}
