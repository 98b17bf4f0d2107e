import Testing
import DossierCore
@testable import DossierExtraction

/// Where the name finder starts a run: at a capitalised word of any shape that can be one (`Jane`, initials `H.R.`, a
/// particle joined to a name `al-Madhoun`), or at lower-case particles before a capitalised word (`de la Cruz`); never at
/// punctuation, a lower-case word that is no particle, all capitals (`NATO`) or a particle before no name.
@Suite struct NameRunStartTests {
    static func runs(_ text: String) -> [[String]] {
        let finder = NameRunFinder(givenNames: GivenNames(text: "jane F\nibrahim M\nmaria F"))
        var found: [NameOccurrence] = []
        finder.appendOccurrences(in: TestLanguage.sentence(text).tokens, article: 0, sentence: 0, to: &found)
        return found.map(\.words)
    }

    /// A word type's answer is worked out once and read for its other tokens (`NameRunFinder.RunWord`): one memo read
    /// through many sentences finds the runs each finds alone, as do the same tokens without word type numbers.
    @Test func aMemoSharedBySentencesChangesNoRuns() {
        let texts = ["Yesterday the envoy met Jane Doe, and then Maria de la Cruz spoke.", "the talks, said de la Cruz, went well.",
                     "They met Ibrahim al-Madhoun at noon.", "de la nothing and NATO met Jane.", "then Maria van der de la Cruz spoke."]
        let finder = NameRunFinder(givenNames: GivenNames(text: "jane F\nibrahim M\nmaria F"))
        var memo = WordTypeMemo<NameRunFinder.RunWord>(unknown: .unknown)
        for text in texts + texts {
            let typed = TestLanguage.sentence(text).tokens
            #expect(typed.contains { $0.wordType != 0 })
            // A changed text takes the token's word type number away.
            let untyped = typed.map { token in
                var token = token
                token.text = token.text
                return token
            }
            var shared: [NameOccurrence] = [], alone: [NameOccurrence] = [], byText: [NameOccurrence] = []
            finder.appendOccurrences(in: typed, article: 0, sentence: 0, to: &shared, words: &memo)
            finder.appendOccurrences(in: typed, article: 0, sentence: 0, to: &alone)
            finder.appendOccurrences(in: untyped, article: 0, sentence: 0, to: &byText, words: &memo)
            #expect(shared.map(\.words) == Self.runs(text) && alone.map(\.words) == Self.runs(text))
            #expect(byText.map(\.words) == Self.runs(text))
        }
    }

    @Test func runsStartAtCapitalisedWordsAndParticles() {
        #expect(Self.runs("Yesterday the envoy met Jane Doe, and then Maria de la Cruz spoke.") == [["Jane", "Doe"], ["Maria", "de", "la", "Cruz"]])
        // Particles before a name start the run; the name is then read from its capitalised word.
        #expect(Self.runs("the talks, said de la Cruz, went well.") == [["Cruz"]])
        #expect(Self.runs("They met Ibrahim al-Madhoun at noon.") == [["Ibrahim", "al-Madhoun"]])
        #expect(Self.runs("They met al-Madhoun at noon.") == [["al-Madhoun"]])
        #expect(Self.runs("later, H.R. McMaster spoke.") == [["H.R.", "McMaster"]])
    }

    /// Up to three particles stand between a name's words or before its first (`van de la Cruz`); a fourth ends the run
    /// before them, and a run starts again at the last three.
    @Test func threeParticlesAtMostLeadToAName() {
        #expect(Self.runs("then Maria van de la Cruz spoke.") == [["Maria", "van", "de", "la", "Cruz"]])
        #expect(Self.runs("then Maria van der de la Cruz spoke.") == [["Maria"], ["Cruz"]])
        #expect(Self.runs("said van der de la nothing.") == [])
    }

    @Test func noRunStartsAtPunctuationLowerCaseOrAllCapitals() {
        #expect(Self.runs("later, the NATO envoy said: “no.”") == [])
        #expect(Self.runs("they said de la nothing and van the end.") == [])
    }
}
