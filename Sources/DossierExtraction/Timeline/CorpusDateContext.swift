import DossierCore

/// What the whole corpus says about dates: the sources' median date, the years given with full dates, and the days
/// stated in full.
struct CorpusDateContext: Sendable {
    var reference: CalendarDay?
    var statedYears: [DateResolver.MonthDay: Int]
    /// Every day some source states with its year (`Feb. 8, 2017`, `1/5/17`), sorted, each once.
    var statedDays: [CalendarDay]

    /// `mentions` holds each article's date mentions, in the order of `articles`.
    init(articles: [Article], mentions: [[DateMention]]) {
        let dates = articles.compactMap { $0.metadata.published.flatMap(CalendarDay.init(iso:)) }.sorted()
        reference = dates.isEmpty ? nil : dates[(dates.count - 1) / 2]
        var counts: [DateResolver.MonthDay: [Int: Int]] = [:]
        var days = Set<CalendarDay>()
        for articleMentions in mentions {
            let reader = DateResolver(published: nil, corpusReference: nil,
                                      numericMonthFirst: TimelineExtractor.spelledOrder(of: articleMentions))
            for mention in articleMentions {
                switch mention.kind {
                case let .day(month, day, year?):
                    counts[DateResolver.MonthDay(month: month, day: day), default: [:]][year, default: 0] += 1
                    days.insert(CalendarDay(year: year, month: month, day: day))
                case .numericDay:
                    if let day = reader.resolve(mention).date.flatMap(CalendarDay.init(iso:)) { days.insert(day) }
                default:
                    break
                }
            }
        }
        // The year most often given with that day; the latest on a tie.
        statedYears = counts.mapValues { years in years.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key }
        statedDays = days.sorted()
    }

    func resolver(for article: Article) -> DateResolver {
        DateResolver(published: article.metadata.published.flatMap(CalendarDay.init(iso:)),
                     corpusReference: reference, statedYears: statedYears, statedDays: statedDays)
    }
}
