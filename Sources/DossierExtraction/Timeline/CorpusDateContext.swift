import DossierCore

/// What the whole corpus says about dates: the sources' median date, and the years given with full dates.
struct CorpusDateContext: Sendable {
    /// Each article's publication day, by its position in the corpus: parsed once, for the median and the resolvers.
    var publishedDays: [CalendarDay?]
    var reference: CalendarDay?
    var statedYears: [DateResolver.MonthDay: Int]
    /// The year the story is told in, read from its text when no source is dated.
    var storyYear: Int?

    /// `publishedDays`: `publishedDays(of:)` of the corpus's articles. `storyYearReadings`: the readings of the corpus's
    /// sentences for the story's year (`StoryYearInference.reading`), in reading order, read only when no source is
    /// dated (`isUndated`).
    init(publishedDays: [CalendarDay?], storyYearReadings: [StoryYearInference.Reading], mentions: [DateMention]) {
        self.publishedDays = publishedDays
        let dates = publishedDays.compactMap { $0 }.sorted()
        reference = dates.isEmpty ? nil : dates[(dates.count - 1) / 2]
        var counts: [DateResolver.MonthDay: [Int: Int]] = [:]
        for mention in mentions {
            if case let .day(month, day, year?) = mention.kind {
                counts[DateResolver.MonthDay(month: month, day: day), default: [:]][year, default: 0] += 1
            }
        }
        // The year most often given with that day; the latest on a tie.
        statedYears = counts.mapValues { years in years.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key }
        storyYear = Self.isUndated(publishedDays) ? StoryYearInference().year(from: storyYearReadings) : nil
    }

    /// Each article's publication day (nil where it has none, or one that is no day).
    static func publishedDays(of articles: [Article]) -> [CalendarDay?] {
        articles.map { $0.metadata.published.flatMap(CalendarDay.init(iso:)) }
    }

    /// No source has a publication date (`publishedDays` holds none): the story's year is read from the text
    /// (`StoryYearInference`).
    static func isUndated(_ publishedDays: [CalendarDay?]) -> Bool {
        !publishedDays.contains { $0 != nil }
    }

    /// The resolver of the article at `article` (its position in the corpus).
    func resolver(forArticleAt article: Int) -> DateResolver {
        DateResolver(published: publishedDays[article], corpusReference: reference, statedYears: statedYears, storyYear: storyYear)
    }
}
