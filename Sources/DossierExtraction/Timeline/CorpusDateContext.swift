import DossierCore

/// What the whole corpus says about dates: the sources' median date, and the years given with full dates.
struct CorpusDateContext: Sendable {
    var reference: CalendarDay?
    var statedYears: [DateResolver.MonthDay: Int]
    /// The year the story is told in, read from its text when no source is dated.
    var storyYear: Int?

    /// `storyYearReadings`: the readings of the corpus's sentences for the story's year (`StoryYearInference.reading`),
    /// in reading order, read only when no source is dated (`isUndated`).
    init(articles: [Article], storyYearReadings: [StoryYearInference.Reading], mentions: [DateMention]) {
        let dates = Self.publishedDays(articles)
        reference = dates.isEmpty ? nil : dates[(dates.count - 1) / 2]
        var counts: [DateResolver.MonthDay: [Int: Int]] = [:]
        for mention in mentions {
            if case let .day(month, day, year?) = mention.kind {
                counts[DateResolver.MonthDay(month: month, day: day), default: [:]][year, default: 0] += 1
            }
        }
        // The year most often given with that day; the latest on a tie.
        statedYears = counts.mapValues { years in years.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key }
        storyYear = dates.isEmpty ? StoryYearInference().year(from: storyYearReadings) : nil
    }

    /// No source has a publication date: the story's year is read from the text (`StoryYearInference`).
    static func isUndated(_ articles: [Article]) -> Bool {
        publishedDays(articles).isEmpty
    }

    private static func publishedDays(_ articles: [Article]) -> [CalendarDay] {
        articles.compactMap { $0.metadata.published.flatMap(CalendarDay.init(iso:)) }.sorted()
    }

    func resolver(for article: Article) -> DateResolver {
        DateResolver(published: article.metadata.published.flatMap(CalendarDay.init(iso:)),
                     corpusReference: reference, statedYears: statedYears, storyYear: storyYear)
    }
}
