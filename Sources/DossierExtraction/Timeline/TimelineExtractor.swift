import DossierCore
import DossierLanguage

/// Finds the dated events of the corpus: every sentence with a date expression becomes an event placed on the
/// calendar; the same event stated by several sources becomes one; undated relative ones are kept and said to be.
public struct TimelineExtractor: Sendable {
    public init() {}

    /// The events in date order; unplaced ones last. `sentences[i]`: `articles[i]`'s sentences, gathered once for all
    /// the extract passes.
    public func events(in articles: [Article], sentences: [[Sentence]]) -> [Event] {
        let finder = DateMentionFinder()
        // When no source is dated, what each sentence says of the story's year (`StoryYearInference`) is read in this
        // same pass, with the content words of a dated sentence made once for both: a pass of its own read every
        // sentence of the corpus again.
        let publishedDays = CorpusDateContext.publishedDays(of: articles)
        let readsStoryYear = CorpusDateContext.isUndated(publishedDays)
        // Each sentence is read alone, on all cores, a long article in many batches.
        // The runs a thread works one after another share what each word type says (`TimelineWordAnswers`).
        let pool = WordTypeAnswers.Pool()
        let read = SentenceBatches.map(sentences) { _, run in
            var dated: [DatedSentence] = []
            var years: [StoryYearInference.Reading] = []
            // Each sentence read in place, through the run's buffer; only a dated one is copied (`let sentence =
            // run[position]` copied every one, and so did passing `run[position]` of the slice to the finder: a
            // sampled 0.23% of a BBC build in retains and releases of the sentences' strings and tokens).
            pool.withAnswers { answers in
                run.withUnsafeBufferPointer { sentences in
                    for offset in sentences.indices {
                        let mentions = finder.mentions(in: sentences[offset], answers: &answers)
                        let words = mentions.isEmpty ? nil : EventMerger.contentWords(sentences[offset].tokens, answers: &answers)
                        if let words {
                            dated.append(DatedSentence(position: run.startIndex + offset, sentence: sentences[offset],
                                                       mentions: mentions, contentWords: words))
                        }
                        if readsStoryYear,
                           let reading = StoryYearInference.reading(of: sentences[offset].tokens, contentWords: words, answers: &answers) {
                            years.append(reading)
                        }
                    }
                }
            }
            return (dated: dated, years: years)
        }
        // An article read in one batch (all but book-length ones) keeps that batch's array: joining the batches' arrays
        // copied every dated sentence (its strings, tokens, dates and words retained, and released with the batches).
        let found = read.map { $0.count == 1 ? $0[0].dated : Array($0.map(\.dated).joined()) }
        let context = CorpusDateContext(publishedDays: publishedDays, storyYearReadings: Array(read.joined().map(\.years).joined()),
                                        mentions: found.flatMap { $0.flatMap(\.mentions) })
        var sightings: [DateSighting] = []
        // By position: zipping the articles with their sentences copied every article (its strings and arrays retained).
        for position in articles.indices {
            var resolver = context.resolver(forArticleAt: position)
            resolver.numericMonthFirst = Self.spelledOrder(of: found[position].flatMap(\.mentions))
            sightings += Self.sightings(in: found[position], source: articles[position].id, resolver: resolver)
        }
        return EventMerger().merge(sightings)
    }

    /// A sentence of an article with the date expressions it holds.
    struct DatedSentence {
        /// Index in the article's sentences.
        var position: Int
        var sentence: Sentence
        var mentions: [DateMention]
        /// The sentence's lemmas that tell one event from another (`EventMerger.contentWords`).
        var contentWords: Set<String>
    }

    /// The dated sentences of the article whose id is `source` placed on the calendar, in reading order: `the next day` counts from the last day
    /// placed in the same sentence or the one before it.
    static func sightings(in sentences: [DatedSentence], source: String, resolver: DateResolver) -> [DateSighting] {
        var sightings: [DateSighting] = []
        var previous: (position: Int, day: CalendarDay, text: String)?
        for dated in sentences where isStatement(dated.sentence.tokens) {
            var seen = Set<String>()
            for mention in dated.mentions {
                var resolution = resolver.resolve(mention)
                if case let .daysFromPrevious(days) = mention.kind, let anchor = previous, dated.position - anchor.position <= 1 {
                    resolution = DateResolver.Resolution(date: anchor.day.adding(days: days).iso, note: "counted from “\(anchor.text)”")
                }
                if let date = resolution.date, let day = CalendarDay(iso: date), date.count == 10 {
                    previous = (dated.position, day, mention.text)
                }
                guard seen.insert(resolution.date ?? "?" + mention.text.lowercased()).inserted else { continue }
                sightings.append(DateSighting(
                    date: resolution.date, dateText: mention.text, note: resolution.note, text: dated.sentence.text,
                    contentWords: dated.contentWords,
                    yearlessDay: resolution.date == nil ? mention.calendarOrder : nil,
                    reference: SentenceReference(source: source, sentence: dated.sentence.id)))
            }
        }
        return sightings
    }

    /// Month first or day first, when all the article's dates spelled with a month name agree; nil otherwise.
    static func spelledOrder(of mentions: [DateMention]) -> Bool? {
        let orders = Set(mentions.compactMap(\.monthFirst))
        return orders.count == 1 ? orders.first : nil
    }

    /// A date line (`Published: March 5, 2025, 5:48 pm`) is not an event: an event sentence says something.
    static func isStatement(_ tokens: [Token]) -> Bool {
        // Counted in place: filtering copied every word token into an array first.
        var words = 0
        // A month's name is looked up only when its first letter may begin one (`mayNameMonthOrWeekday` hashes nothing).
        for index in tokens.indices where tokens[index].kind == .word
            && !(CalendarWords.mayNameMonthOrWeekday(tokens[index].text) && CalendarWords.month(tokens[index].text) != nil) { words += 1 }
        return words >= TimelineRules.minimumStatementWords
    }
}

/// One sentence's date, before sentences stating the same event are merged.
struct DateSighting: Sendable, Hashable {
    var date: String?
    var dateText: String
    var note: String?
    var text: String
    /// The sentence's lemmas that tell one event from another (`EventMerger.contentWords`).
    var contentWords: Set<String>
    /// For a month and day with no year: `month * 100 + day`, their place in the calendar.
    var yearlessDay: Int? = nil
    var reference: SentenceReference
}
