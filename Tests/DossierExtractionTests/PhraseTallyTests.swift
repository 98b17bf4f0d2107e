import Testing
import DossierCore
import Foundation
@testable import DossierExtraction

/// `PhraseStatistics` tallies a run's phrases by their words' numbers (`PhraseWords`) and makes each phrase's strings
/// once: its counts must be those of counting every occurrence by its key, a phrase written several ways included.
@Suite struct PhraseTallyTests {
    static let sentences = [
        "Talks began in Gaza on Monday.",
        "The talks in Gaza stalled, and \"direct talks\" were ruled out.",
        "Gaza talks resumed after the Cairo meeting on the cease-fire.",
        "Cairo hosted the talks and the ceasefire talks.",
        "Direct talks with Hamas began; direct talks ended.",
    ]

    @Test func talliedCountsAreThoseOfCountingEachOccurrence() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let article = TimelineExtractorTests.article("a", published: nil, Self.sentences)
        let statistics = PhraseStatistics(articles: [article], sentences: [article.sentences], scanner: scanner)
        var expected: [String: (uses: Int, name: Int, common: Int, nounLike: Int, quoted: Int, surfaces: [String: Int])] = [:]
        for sentence in article.sentences {
            for occurrence in scanner.candidates(in: sentence) {
                var entry = expected[occurrence.key] ?? (0, 0, 0, 0, 0, [:])
                entry.uses += 1
                if occurrence.isName { entry.name += 1 }
                if occurrence.isCommon { entry.common += 1 }
                if occurrence.isNounLike { entry.nounLike += 1 }
                if occurrence.isQuoted { entry.quoted += 1 }
                entry.surfaces[occurrence.surface, default: 0] += 1
                expected[occurrence.key] = entry
            }
        }
        #expect(Set(statistics.entries.map(\.0)) == Set(expected.keys))
        for (key, entry) in statistics.entries {
            let want = expected[key]!
            #expect(entry.occurrences == want.uses, "\(key)")
            #expect(entry.nameOccurrences == want.name, "\(key)")
            #expect(entry.commonOccurrences == want.common, "\(key)")
            #expect(entry.nounLikeOccurrences == want.nounLike, "\(key)")
            #expect(entry.quotedOccurrences == want.quoted, "\(key)")
            #expect(entry.surfaces == want.surfaces, "\(key)")
            #expect(entry.documents == 1)
        }
        // Written two ways, counted as one phrase.
        #expect(statistics["directtalk"]?.surfaces == ["direct talks": 2, "Direct talks": 1])
    }

    @Test func phraseWordsKeepTheirNumbersInOrder() {
        for numbers in [[4], [4, 9, 2], [4, 9, 2, 7, 1], [4, 9, 2, 7, 1, 8]] {
            let words = PhraseWords(numbers.map(Int32.init))
            #expect((0..<words.count).map(words.number(at:)) == numbers)
        }
        #expect(PhraseWords([4, 9]) != PhraseWords([9, 4]))
        #expect(PhraseWords([4, 9, 2, 7]) != PhraseWords([4, 9, 2, 8]))
        #expect(PhraseWords([4, 9]) == PhraseWords([4, 9]))
        #expect(PhraseWords([1]).count == 1 && PhraseWords([1, 2, 3, 4]).count == 4)
        // Every place is told apart, up to the capacity; a phrase grown a word at a time is the phrase of its words.
        #expect(PhraseWords.capacity == 6)
        for position in 0..<PhraseWords.capacity {
            var other = Array(Int32(1)...Int32(PhraseWords.capacity))
            other[position] = 99
            #expect(PhraseWords(Array(Int32(1)...Int32(PhraseWords.capacity))) != PhraseWords(other), "\(position)")
        }
        var grown = PhraseWords(first: 4)
        for number: Int32 in [9, 2, 7] { grown.append(number) }
        #expect(grown == PhraseWords([4, 9, 2, 7]) && grown.placeHash == PhraseWords([4, 9, 2, 7]).placeHash)
        #expect(PhraseWords([4, 9, 2, 7]) != PhraseWords([4, 9, 2]))
    }
}

extension PhraseWords {
    /// A phrase of these word numbers at once (the build grows phrases a word at a time, with `append`).
    init(_ numbers: [Int32]) {
        self.init(first: numbers[0])
        for number in numbers.dropFirst() { append(number) }
    }
}
