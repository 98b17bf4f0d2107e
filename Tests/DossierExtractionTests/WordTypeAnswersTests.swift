import Testing
import DossierLanguage
@testable import DossierExtraction

/// What the figures and timeline passes keep per word type (`WordTypeAnswers`) answers as the looks at each token do,
/// the first time a type is met and every time after.
@Suite struct WordTypeAnswersTests {
    static let texts = [
        "A dozen people and a third of the 59 hostages were released on 5 March, a day after twenty-four others.",
        "Last year the F.B.I. said Mid-May talks would resume; the last year was hard, and U.S. officials agreed.",
        "Hundreds of thousands marched in mid-March, and a million more on Monday's vote; a well-known rite.",
        "The next day, Smith, 47, said two-thirds of the 1,200 jobs had gone, a handful of them in 2017.",
        "He said a deal was near; a so-called truce held; one of the sources said seven-day talks ended yesterday.",
    ]

    static func tokenized() -> [[Token]] { texts.map { TestLanguage.tokenizer.tokens(of: $0) } }

    @Test func workIsAskedOncePerTypeAndEveryTimeWithoutOne() {
        var answers = WordTypeAnswers()
        var asked: [UInt32: Int] = [:]
        for _ in 0..<2 {
            for tokens in Self.tokenized() {
                for token in tokens {
                    let found = answers.answers(ofType: token.wordType) {
                        asked[token.wordType, default: 0] += 1
                        return UInt8(truncatingIfNeeded: token.lower.utf8.count) & 0x7F
                    }
                    #expect(found == UInt8(truncatingIfNeeded: token.lower.utf8.count) & 0x7F, "\(token.text)")
                }
            }
        }
        #expect(asked.contains { $0.key != 0 }, "the tokenizer's words have type numbers")
        for (type, times) in asked where type != 0 { #expect(times == 1, "type \(type)") }
    }

    @Test func numberStartsAnswerAsTheLooksAtEachToken() {
        var answers = WordTypeAnswers()
        for _ in 0..<2 {
            for tokens in Self.tokenized() {
                for index in tokens.indices {
                    #expect(NumberWords.mayStartNumber(tokens, at: index, openings: NumberWords.openings, answers: &answers)
                            == NumberWords.mayStartNumber(tokens, at: index), "\(tokens[index].text)")
                    #expect(FigureWordAnswers.answers(of: tokens, at: index, openings: NumberWords.openings, in: &answers)
                            == FigureWordAnswers.workedOut(of: tokens, at: index, openings: NumberWords.openings), "\(tokens[index].text)")
                }
            }
        }
    }

    @Test func timelineLooksAnswerAsTheLooksAtEachToken() {
        var answers = WordTypeAnswers()
        let reach = DateMentionReach()
        for _ in 0..<2 {
            for tokens in Self.tokenized() {
                for index in tokens.indices {
                    #expect(reach.reach(at: index, in: tokens, answers: &answers) == reach.reach(at: index, in: tokens), "\(tokens[index].text)")
                }
                #expect(StoryYearInference.saysLastYear(tokens, answers: &answers) == StoryYearInference.saysLastYear(tokens))
                #expect(EventMerger.contentWords(tokens, answers: &answers) == EventMerger.contentWords(tokens))
            }
        }
        let lastYear = Self.tokenized()[1]
        #expect(StoryYearInference.saysLastYear(lastYear, answers: &answers))
    }

    @Test func nameCountsAnswerAsTheLooksAtEachToken() {
        var answers = WordTypeAnswers()
        for _ in 0..<2 {
            let kept = StoryIndex.nameCounts(of: Self.tokenized(), answers: &answers), plain = StoryIndex.nameCounts(of: Self.tokenized())
            #expect(kept.places.keys == plain.places.keys)
            #expect(kept.counts == plain.counts)
            #expect(kept.contains("fbi") && kept.contains("smith") && !kept.contains("monday's"))
        }
    }
}
