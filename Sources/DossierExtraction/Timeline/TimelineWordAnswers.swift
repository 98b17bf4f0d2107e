import DossierLanguage

/// What the timeline pass asks of every word of every sentence, which the word's type decides, as one byte of answers
/// kept per type (`WordTypeAnswers`): where a date mention may start around it (`DateMentionReach`), and whether it is
/// `last`, `year` or `the` (`StoryYearInference.saysLastYear`, asked of every sentence of an undated corpus), and
/// whether it is a content word (`EventMerger.contentWords`, asked of every word of a dated sentence).
enum TimelineWordAnswers {
    /// A mention may start at the word (`DateMentionReach.reach` 0).
    static let startsMention: UInt8 = 1
    /// A mention may start up to `DateMentionReach.farthest` tokens before the word.
    static let reachesFarthest: UInt8 = 2
    /// The word's lower form is exactly `last`, `year` or `the`.
    static let isLast: UInt8 = 4
    static let isYear: UInt8 = 8
    static let isThe: UInt8 = 16
    /// The word is a content word (`EventMerger.isContentWord`).
    static let contentWord: UInt8 = 32

    /// The answers about the word token at `index` (read from its lower form, lemma, shape and text).
    static func answers(of tokens: [Token], at index: Int) -> UInt8 {
        var found: UInt8 = 0
        switch reach.wordReach(at: index, in: tokens) {
        case 0: found |= startsMention
        case DateMentionReach.none: break
        default: found |= reachesFarthest
        }
        let lower = tokens[index].lower
        if lower.isExactly("last") { found |= isLast }
        if lower.isExactly("year") { found |= isYear }
        if lower.isExactly("the") { found |= isThe }
        if EventMerger.isContentWord(tokens, at: index) { found |= contentWord }
        return found
    }

    /// The reach the answers are read with (a global read once per word type, not once per token).
    private static let reach = DateMentionReach()
}
