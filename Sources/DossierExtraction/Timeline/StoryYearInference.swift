import DossierCore
import DossierLanguage

/// The year a story is told in when no source is dated: one source says `last year` of what another dates with its
/// year (`a protest in London last year against the proposed state visit` and `a state visit … was proposed in January
/// 2017`), so the story is told the year after. Each `last year` sentence is matched to the dated sentence that shares
/// the most words with it, as the timeline matches one event told twice (`EventMerger`); when the matches do not all
/// give one year, or none is found, the story's year stays unknown.
struct StoryYearInference {
    /// What a sentence that says `last year` or dates something in a year gives the inference: which, and its content words.
    struct Reading: Sendable {
        var saysLastYear: Bool
        var year: Int?
        /// `EventMerger.contentWords` of the sentence.
        var words: Set<String>
    }

    /// The reading of a sentence, nil when it says neither `last year` nor a year. `contentWords`: the sentence's
    /// `EventMerger.contentWords`, when the caller has them.
    static func reading(of tokens: [Token], contentWords: Set<String>? = nil) -> Reading? {
        var answers = WordTypeAnswers()
        return reading(of: tokens, contentWords: contentWords, answers: &answers)
    }

    /// `reading(of:contentWords:)`, with what each word type is kept in `answers` (`TimelineWordAnswers`), a cache the
    /// caller lends from one sentence to the next.
    static func reading(of tokens: [Token], contentWords: Set<String>? = nil, answers: inout WordTypeAnswers) -> Reading? {
        let saysLastYear = saysLastYear(tokens, answers: &answers), year = eventYear(tokens)
        guard saysLastYear || year != nil else { return nil }
        return Reading(saysLastYear: saysLastYear, year: year, words: contentWords ?? EventMerger.contentWords(tokens, answers: &answers))
    }

    /// The story's year from the readings of its sentences (`reading(of:contentWords:)`), in reading order.
    func year(from readings: [Reading]) -> Int? {
        var backward: [Set<String>] = []
        var dated: [(words: Set<String>, year: Int)] = []
        for sentence in readings {
            if sentence.saysLastYear { backward.append(sentence.words) }
            if let year = sentence.year { dated.append((sentence.words, year)) }
        }
        // Dated sentences by word, so that each `last year` sentence meets only those it shares words with.
        var byWord: [String: [Int]] = [:]
        for (position, sentence) in dated.enumerated() {
            for word in sentence.words { byWord[word, default: []].append(position) }
        }
        let merger = EventMerger()
        var years = Set<Int>()
        for words in backward {
            var shared: [Int: Int] = [:]
            for word in words {
                for position in byWord[word] ?? [] { shared[position, default: 0] += 1 }
            }
            let scored = shared.filter { position, count in
                count >= merger.minimumSharedWords && dated[position].words != words && merger.sameEvent(dated[position].words, words)
            }.map { (shared: $0.value, year: dated[$0.key].year) }
            guard let best = scored.map(\.shared).max() else { continue }
            let bestYears = Set(scored.filter { $0.shared == best }.map(\.year))
            guard bestYears.count == 1, let year = bestYears.first else { return nil }
            years.insert(year + 1)
        }
        return years.count == 1 ? years.first : nil
    }

    /// `last year`, not `the last year` (the twelve months before, not the year before).
    static func saysLastYear(_ tokens: [Token]) -> Bool {
        // Asked of every sentence of an undated corpus: a plain loop that reads a word's text only for a word (its kind is
        // a byte of the token), where `contains` over the indices called its closure for every token.
        // (`isExactly`: `==` called the standard library's comparison for every token.)
        var index = 0
        while index + 1 < tokens.count {
            if tokens[index].kind == .word, tokens[index].lower.isExactly("last"), tokens[index + 1].lower.isExactly("year"),
               index == 0 || !tokens[index - 1].lower.isExactly("the") { return true }
            index += 1
        }
        return false
    }

    /// `saysLastYear(_:)`, with whether each word type is `last`, `year` or `the` kept in `answers`
    /// (`TimelineWordAnswers`): each word's lower form was compared with `last` for every token.
    static func saysLastYear(_ tokens: [Token], answers: inout WordTypeAnswers) -> Bool {
        // A word's answers; a number's or a mark's are none (none is one of these words).
        func wordAnswers(at index: Int) -> UInt8 {
            guard tokens[index].kind == .word else { return 0 }
            return answers.answers(ofType: tokens[index].wordType) { TimelineWordAnswers.answers(of: tokens, at: index) }
        }
        var index = 0
        while index + 1 < tokens.count {
            if wordAnswers(at: index) & TimelineWordAnswers.isLast != 0, wordAnswers(at: index + 1) & TimelineWordAnswers.isYear != 0,
               index == 0 || wordAnswers(at: index - 1) & TimelineWordAnswers.isThe == 0 { return true }
            index += 1
        }
        return false
    }

    /// The year a sentence dates something in (`in 2017`, `January 2017`, `Feb. 8, 2017`): a four-digit year after
    /// `in`, `of`, a month or a day and comma; the only one, or nil.
    static func eventYear(_ tokens: [Token]) -> Int? {
        var years = Set<Int>()
        // By position: each token read in place, not copied (a copy retains and releases its strings).
        // Only a number is asked for a year: the call takes the token as a whole, a copy of it.
        for index in tokens.indices.dropFirst() where tokens[index].kind == .number {
            guard let year = tokens[index].year(within: 1900...2100) else { continue }
            let before = tokens[index - 1].lower, beforeText = tokens[index - 1].text
            if before == "in" || before == "of" || CalendarWords.month(beforeText) != nil
                || (beforeText == "," && index > 1 && tokens[index - 2].kind == .number) {
                years.insert(year)
            }
        }
        return years.count == 1 ? years.first : nil
    }
}
