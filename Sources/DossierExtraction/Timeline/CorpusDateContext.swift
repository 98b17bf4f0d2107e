import DossierCore

/// What the whole corpus says about dates: the sources' median date, and the years given with full dates.
struct CorpusDateContext: Sendable {
    var reference: CalendarDay?
    var statedYears: [DateResolver.MonthDay: Int]
    /// The year the story is told in, read from its text when no source is dated.
    var storyYear: Int?

    /// `sentences`: each article's sentences, when the caller has them (for reading the story's year).
    init(articles: [Article], sentences: [[Sentence]]? = nil, mentions: [DateMention]) {
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
        storyYear = dates.isEmpty ? StoryYearInference().year(of: articles, sentences: sentences) : nil
    }

    func resolver(for article: Article) -> DateResolver {
        DateResolver(published: article.metadata.published.flatMap(CalendarDay.init(iso:)),
                     corpusReference: reference, statedYears: statedYears, storyYear: storyYear)
    }
}
