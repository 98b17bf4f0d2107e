import DossierLanguage
import Foundation

/// Answers kept by word type number (`Token.wordType`), for a pass that asks the same question of every word token of
/// the corpus (`NameWordCounts`, `DuplicateDetector`): a type's answer is worked out from one of its tokens, then read
/// from an array for every later token of the type, where each token's string was read byte by byte and hashed.
///
/// Tokens of one type are spelled and analysed alike, so an answer worked out from a token's fields is every other
/// token's of the type. A token without a type (0: not made by the tokenizer, or changed since), or of a type past
/// `maximumTypes` (a corpus of ever new words: codes, hashes), is answered from its fields every time.
struct WordTypeMemo<Answer: Equatable & BitwiseCopyable> {
    /// The types kept at most: the array of answers stays within a few megabytes.
    static var maximumTypes: Int { 1 << 18 }

    /// By type number: the answer, or `unknown` while none is worked out (always at 0, which is no type).
    private var answers: [Answer] = []
    /// The answer no question has, which marks a type not worked out yet.
    private let unknown: Answer

    init(unknown: Answer) {
        self.unknown = unknown
    }

    /// The answer for the tokens of type `type`, worked out by `work` (from the token's fields) when none is kept.
    @inline(__always)
    mutating func answer(type: UInt32, _ work: () -> Answer) -> Answer {
        let slot = Int(type)
        if slot < answers.count {
            let known = answers[slot]
            if known != unknown { return known }
        } else {
            guard slot < Self.maximumTypes, grow(toHold: slot) else { return work() }
        }
        let answer = work()
        // The slot of no type (0) keeps `unknown`.
        if slot != 0 { answers[slot] = answer }
        return answer
    }

    /// Makes room up to `slot` (and for every type numbered so far, so that the memo grows once or twice a build);
    /// false for a type past `maximumTypes`.
    private mutating func grow(toHold slot: Int) -> Bool {
        let count = min(Self.maximumTypes, max(slot + 1, WordTypeNumbers.bound, 2 * answers.count))
        guard slot < count else { return false }
        answers.append(contentsOf: repeatElement(unknown, count: count - answers.count))
        return true
    }
}

/// `WordTypeMemo`s lent to one run of sentences at a time and given back, so that the runs a thread works one after
/// another (the articles of a corpus) work each type's answer out once per memo rather than once per article. Which memo
/// a run borrows changes no answer (see `WordTypeMemo`).
final class WordTypeMemoPool<Answer: Equatable & BitwiseCopyable>: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [WordTypeMemo<Answer>] = []
    private let unknown: Answer

    /// `unknown`: the answer no question has (see `WordTypeMemo`).
    init(unknown: Answer) {
        self.unknown = unknown
    }

    /// `body` run with a memo no other run holds meanwhile.
    func withMemo<Result>(_ body: (inout WordTypeMemo<Answer>) -> Result) -> Result {
        var memo = lock.withLock { free.popLast() } ?? WordTypeMemo(unknown: unknown)
        let result = body(&memo)
        lock.withLock { free.append(memo) }
        return result
    }
}
