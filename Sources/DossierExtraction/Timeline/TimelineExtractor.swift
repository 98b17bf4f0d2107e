import DossierCore
import DossierLanguage

/// Finds the dated events of the corpus: every sentence with a date expression becomes an event placed on the
/// calendar; the same event stated by several sources becomes one; undated relative ones are kept and said to be.
public struct TimelineExtractor: Sendable {
    public init() {}

    /// The events in date order; unplaced ones last.
    public func events(in articles: [Article]) -> [Event] {
        let finder = DateMentionFinder()
        let found = ParallelMap.map(articles) { article in
            article.sentences.map { sentence in (sentence, finder.mentions(in: sentence)) }.filter { !$0.1.isEmpty }
        }
        let context = CorpusDateContext(articles: articles, mentions: found.flatMap { $0.flatMap(\.1) })
        var sightings: [DateSighting] = []
        for (article, sentences) in zip(articles, found) {
            let resolver = context.resolver(for: article)
            for (sentence, mentions) in sentences where Self.isStatement(sentence.tokens) {
                var seen = Set<String>()
                for mention in mentions {
                    let resolution = resolver.resolve(mention)
                    guard seen.insert(resolution.date ?? "?" + mention.text.lowercased()).inserted else { continue }
                    sightings.append(DateSighting(
                        date: resolution.date, dateText: mention.text, note: resolution.note, text: sentence.text,
                        contentWords: EventMerger.contentWords(sentence.tokens),
                        yearlessDay: resolution.date == nil ? mention.calendarOrder : nil,
                        reference: SentenceReference(source: article.id, sentence: sentence.id)))
                }
            }
        }
        return EventMerger().merge(sightings)
    }

    /// A date line (`Published: March 5, 2025, 5:48 pm`) is not an event: an event sentence says something.
    static func isStatement(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word && CalendarWords.month($0.text) == nil }
        return words.count >= 5
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

/// What the whole corpus says about dates: the sources' median date, and the years given with full dates.
struct CorpusDateContext: Sendable {
    var reference: CalendarDay?
    var statedYears: [DateResolver.MonthDay: Int]

    init(articles: [Article], mentions: [DateMention]) {
        let dates = articles.compactMap { $0.metadata.published.flatMap(CalendarDay.init(iso:)) }.sorted()
        reference = dates.isEmpty ? nil : dates[(dates.count - 1) / 2]
        var counts: [DateResolver.MonthDay: [Int: Int]] = [:]
        for mention in mentions {
            if case let .day(month, day, year?) = mention.kind {
                counts[DateResolver.MonthDay(month: month, day: day), default: [:]][year, default: 0] += 1
            }
        }
        // The year most often given with that day; the latest on a tie.
        statedYears = counts.mapValues { years in years.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key }
    }

    func resolver(for article: Article) -> DateResolver {
        DateResolver(published: article.metadata.published.flatMap(CalendarDay.init(iso:)),
                     corpusReference: reference, statedYears: statedYears)
    }
}
