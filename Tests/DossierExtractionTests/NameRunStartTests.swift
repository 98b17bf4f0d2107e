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
