import Testing
import DossierCore
@testable import DossierExtraction

/// `PhraseScanner.numberedCandidates` grows the phrases from each word one word at a time, asking what they share once
/// (the first word, the word before, each word inside as it comes inside). Every sentence of four items over a small
/// vocabulary (a stop word and determiner, `of`, a modifier, a word too short alone, a word of one letter (no word), a quoted
/// word, a comma) must give the candidates of each phrase asked on its own, in the same order.
@Suite struct PhraseCandidateGrowthTests {
    static let vocabulary = ["the", "of", "first", "talks", "ox", "war", ",", "\u{201C}peace\u{201D}", "x"]

    /// A phrase asked on its own, as the scanner asked each one before: its last and first words, then the words inside.
    static func expected(_ all: [PhraseScanner.ClauseWord], clauses: [Range<Int>], traits: [PhraseWordCache.Traits],
                         maximumWords: Int) -> [String] {
        var found: [String] = []
        for clause in clauses {
            for start in clause {
                for count in 1...maximumWords where start + count <= clause.upperBound {
                    let words = Array(all[start..<start + count])
                    let first = traits[Int(words[0].number)], last = traits[Int(words[count - 1].number)]
                    if last.contains(.stop) || !last.contains(.wordLike) || last.contains(.modifier) { continue }
                    if first.contains(.stop) || !first.contains(.wordLike) { continue }
                    if count == 1, !first.contains(.longEnoughAlone) { continue }
                    let inside = words.dropFirst().dropLast().allSatisfy {
                        let word = traits[Int($0.number)]
                        return word.contains(.of) || (!word.contains(.stop) && word.contains(.wordLike))
                    }
                    guard inside else { continue }
                    let closes = start + count == clause.upperBound || traits[Int(all[start + count].number)].contains(.stop)
                    let modified = start > clause.lowerBound && !traits[Int(all[start - 1].number)].contains(.stop)
                    let nounLike = closes && (words[0].followsDeterminer || modified)
                    found.append("\(words.map(\.number))|\(nounLike)|\(words.allSatisfy(\.isQuoted))")
                }
            }
        }
        return found
    }

    static func described(_ candidates: [PhraseScanner.Candidate]) -> [String] {
        candidates.map { candidate in
            "\((0..<candidate.words.count).map { Int32(candidate.words.number(at: $0)) })|\(candidate.isNounLike)|\(candidate.isQuoted)"
        }
    }

    @Test(arguments: [3, 4]) func grownPhrasesAreThePhrasesAskedOneByOne(maximumWords: Int) {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon, maximumWords: maximumWords)
        var cache = PhraseWordCache()
        var words: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = [], found: [PhraseScanner.Candidate] = []
        var lengths = Set<Int>(), nounLike = 0, quoted = 0
        let count = Self.vocabulary.count
        for code in 0..<(count * count * count * count) {
            let items = [code % count, code / count % count, code / (count * count) % count, code / (count * count * count)]
            let text = "Officials said " + items.map { Self.vocabulary[$0] }.joined(separator: " ") + " today."
            scanner.clauses(of: TestLanguage.sentence(text), words: &cache, into: &words, clauses: &clauses)
            scanner.numberedCandidates(words, clauses: clauses, into: &found)
            let described = Self.described(found)
            #expect(described == Self.expected(words, clauses: clauses, traits: cache.traits, maximumWords: maximumWords), "\(text)")
            for candidate in found {
                lengths.insert(candidate.words.count)
                if candidate.isNounLike { nounLike += 1 }
                if candidate.isQuoted { quoted += 1 }
            }
        }
        // The sentences reach every length of phrase, and phrases standing as nouns and quoted ones.
        #expect(lengths == Set(1...maximumWords))
        #expect(nounLike > 0 && quoted > 0)
        // Each trait the scanner asks is met somewhere in the vocabulary.
        let met = cache.traits.reduce(into: PhraseWordCache.Traits()) { $0.formUnion($1) }
        #expect(met.isSuperset(of: [.stop, .wordLike, .modifier, .longEnoughAlone, .determiner, .of]))
        #expect(cache.traits.contains { !$0.contains(.wordLike) } && cache.traits.contains { !$0.contains(.longEnoughAlone) })
    }
}
