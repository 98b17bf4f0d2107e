@testable import DossierLanguage
import Testing

@Suite struct LexiconTests {
    @Test func everyListHasAHeaderAndEntries() throws {
        for list in WordList.allCases {
            #expect(!LanguageFixture.lexicon.entries(list).isEmpty, "\(list.fileName) is empty")
        }
    }

    @Test func listFilesSkipTheirHeaderCommentsAndBlankLines() {
        #expect(Lexicon.entries(ofListText: "# what it is, where it came from\nmr\n\n# a note\n  dr \n") == ["mr", "dr"])
    }

    @Test func theLexicographerFilesAreNumberedAsWordNetNumbersThem() {
        let files = LanguageFixture.lexicon.entries(.wordNetLexicographerFiles)
        #expect(files.count == 45)
        #expect(files[18] == "noun.person")
        #expect(files[6] == "noun.artifact")
    }

    @Test func lemmasLeaveShortWordsAndNonWordsAlone() {
        let lexicon = LanguageFixture.lexicon
        #expect(lexicon.lemma(of: "hostages") == "hostage")
        #expect(lexicon.lemma(of: "us") == "us")
        #expect(lexicon.lemma(of: "1,200") == "1,200")
        #expect(lexicon.lemma(of: "zzyzx") == "zzyzx")
    }
}
