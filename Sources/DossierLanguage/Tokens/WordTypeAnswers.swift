import Foundation

/// Up to seven yes-or-no answers about a word that its type decides (`Token.wordType`: tokens of one type are spelled
/// and analysed alike, so share their kind, shape, text and lower form), worked out at the first token of each type
/// and read by the type's number for every later one.
///
/// In the language layer so that the parse stage's readers (the machine translation detector) and the extract
/// stage's passes share it; the look-up is inlinable, so each caller's `work` is inlined into it as before.
///
/// The looks the figures and timeline passes take at every token of the corpus (where a number or a date may start,
/// whether a word is `last`) read a word's bytes, and asked a `WordSet`, for every token: most tokens repeat a type
/// met before, and one array read answers them. What the answers are is the user's (`work`); a cache serves one kind
/// of answers only. A token without a type number (punctuation, a token made outside the tokenizer) is worked out
/// each time, as before.
public struct WordTypeAnswers: Sendable {
    /// By word type number: the type's answers with `Self.known` set, or 0 while they are not worked out.
    @usableFromInline var answers: [UInt8] = []
    @inlinable static var known: UInt8 { 0x80 }

    public init() {}

    /// The answers (`work`'s, seven bits at most) of the token of type `type`; `work` is called for a type not seen
    /// before, and for a token without a type (0), every time.
    @inlinable @inline(__always)
    public mutating func answers(ofType type: UInt32, work: () -> UInt8) -> UInt8 {
        let place = Int(type)
        if place < answers.count {
            let found = answers[place]
            if found != 0 { return found & ~Self.known }
        }
        return workedOut(place, work: work)
    }

    @usableFromInline mutating func workedOut(_ place: Int, work: () -> UInt8) -> UInt8 {
        let found = work()
        precondition(found & Self.known == 0, "a word type's answers are seven bits")
        guard place != 0 else { return found }
        if place >= answers.count {
            // To the numbers given so far (asked under the registry's lock, so only when the array is outgrown).
            let count = max(place + 1, WordTypeNumbers.bound, 2 * answers.count)
            answers.append(contentsOf: repeatElement(0, count: count - answers.count))
        }
        answers[place] = found | Self.known
        return found
    }

    /// Caches lent to one run of sentences at a time and given back, so that the runs a thread works one after another
    /// (most articles are one run) find the types the earlier ones met. A type's answers are the same in every cache,
    /// so which cache a run borrows changes no answer.
    public final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [WordTypeAnswers] = []

        public init() {}

        /// `body` run with a cache no other run holds meanwhile.
        public func withAnswers<Result>(_ body: (inout WordTypeAnswers) -> Result) -> Result {
            var answers = lock.withLock { free.popLast() } ?? WordTypeAnswers()
            let result = body(&answers)
            lock.withLock { free.append(answers) }
            return result
        }
    }
}
