import DossierCore

/// The words of the sentences `PhraseStatistics` counted, kept as the numbers of their readings in the
/// `PhraseWordCache` each run of sentences used, clause by clause as `PhraseScanner.clauses` cuts them: so that a
/// later pass over the same sentences (`TopicSentences`) reads each distinct word's key once per cache, by number,
/// instead of reading every token again.
struct CountedWords: Sendable {
    /// The words of one run of an article's sentences.
    struct Run: Sendable {
        /// The run's first sentence, by its place in its article.
        var start: Int
        /// The cache (its number in `caches`) the words' numbers are of.
        var cache: Int
        /// The words' numbers: each clause's, then `clauseEnd`; after each sentence's clauses, `sentenceEnd`.
        private(set) var numbers: [Int32] = []

        static let clauseEnd: Int32 = -1
        static let sentenceEnd: Int32 = -2

        init(start: Int, cache: Int) {
            self.start = start
            self.cache = cache
        }

        /// Room for the numbers of `sentences`, made at once rather than grown sentence after sentence: a sentence of
        /// n tokens records at most n + 2 (its words, an end after each clause, which are cut by its other tokens, and
        /// its end).
        mutating func reserveCapacity(for sentences: ArraySlice<Sentence>) {
            // Each sentence's token count read where it is (`reduce` passed each sentence on as a copy).
            var total = 0
            for index in sentences.indices { total += sentences[index].tokens.count + 2 }
            numbers.reserveCapacity(numbers.count + total)
        }

        /// One more sentence: its words (`PhraseScanner.clauses`) and its clauses' places among them.
        mutating func record(_ words: [PhraseScanner.ClauseWord], clauses: [Range<Int>]) {
            // The sentence's places made at once after the run's numbers (each holding its end), then written through
            // the array's buffer: appended one by one, each number checked the array's uniqueness and capacity. Every
            // place written is one of those made, as they are counted from the same clauses.
            var count = clauses.count + 1
            for clause in clauses { count += clause.count }
            var end = numbers.count
            numbers.append(contentsOf: repeatElement(Self.sentenceEnd, count: count))
            numbers.withUnsafeMutableBufferPointer { numbers in
                for clause in clauses {
                    for index in clause {
                        numbers[end] = words[index].number
                        end += 1
                    }
                    numbers[end] = Self.clauseEnd
                    end += 1
                }
            }
        }

        /// `body` of each sentence's place in its article and the numbers of its clauses' words (each clause's followed
        /// by `clauseEnd`: see `forEachClause`), in reading order. The numbers are read in place, not copied.
        func forEachSentence(_ body: (_ sentence: Int, _ words: UnsafeBufferPointer<Int32>) -> Void) {
            numbers.withUnsafeBufferPointer { numbers in
                var sentence = start
                var sentenceStart = 0
                for position in 0..<numbers.count where numbers[position] == Self.sentenceEnd {
                    body(sentence, UnsafeBufferPointer(rebasing: numbers[sentenceStart..<position]))
                    sentence += 1
                    sentenceStart = position + 1
                }
            }
        }

        /// `clause` of each clause's word numbers with its sentence's place in its article, and `sentenceEnd` of that
        /// place after the sentence's clauses, in reading order: what `forEachSentence` and `forEachClause` give, in one
        /// pass over the numbers (those two read each number twice). The numbers are read in place, not copied.
        func forEachClause(_ clause: (_ sentence: Int, _ words: UnsafeBufferPointer<Int32>) -> Void,
                           sentenceEnd: (_ sentence: Int) -> Void) {
            numbers.withUnsafeBufferPointer { numbers in
                var sentence = start
                var clauseStart = 0
                for position in 0..<numbers.count where numbers[position] < 0 {
                    if numbers[position] == Self.clauseEnd {
                        clause(sentence, UnsafeBufferPointer(rebasing: numbers[clauseStart..<position]))
                    } else {
                        sentenceEnd(sentence)
                        sentence += 1
                    }
                    clauseStart = position + 1
                }
            }
        }

        /// `body` of the word numbers of each clause of a sentence's words given by `forEachSentence`.
        static func forEachClause(in words: UnsafeBufferPointer<Int32>, _ body: (UnsafeBufferPointer<Int32>) -> Void) {
            var clauseStart = 0
            for position in 0..<words.count where words[position] == clauseEnd {
                body(UnsafeBufferPointer(rebasing: words[clauseStart..<position]))
                clauseStart = position + 1
            }
        }
    }

    /// Each article's runs, in reading order (as `SentenceBatches.map` gives them).
    var runs: [[Run]]
    /// The caches the runs' numbers are of, by number.
    var caches: [PhraseWordCache]

    init(runs: [[Run]], caches: [PhraseWordCache]) {
        self.runs = runs
        self.caches = caches
    }
}
