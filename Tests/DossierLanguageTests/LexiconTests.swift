@testable import DossierLanguage
import Foundation
import Testing

@Suite struct LexiconTests {
    @Test func everyListHasAHeaderAndEntries() throws {
        for list in WordList.allCases {
            #expect(!LanguageFixture.lexicon.entries(list).isEmpty, "\(list.fileName) is empty")
        }
    }

    @Test func listFilesSkipTheirHeaderCommentsAndBlankLines() {
        #expect(BundledWordLists.entries(ofListText: "# what it is, where it came from\nmr\n\n# a note\n  dr \n") == ["mr", "dr"])
    }

    @Test func everyListFileHasAHeaderAndNoRepeatedEntry() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/DossierLanguage/Resources/lexicon")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.sorted() == WordList.allCases.map { $0.fileName + ".txt" }.sorted())
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(file) has no header line")
            let entries = BundledWordLists.entries(ofListText: text)
            #expect(Set(entries).count == entries.count, "\(file) repeats an entry")
        }
    }

    @Test func noTwoListsAreTheSame() {
        let sets = WordList.allCases.map(\.words)
        #expect(Set(sets).count == sets.count)
    }

    @Test func monthsAndWeekdaysAreInCalendarOrder() {
        #expect(WordList.months.entries.first == "January" && WordList.months.entries.count == 12)
        #expect(WordList.weekdays.entries.first == "Sunday" && WordList.weekdays.entries.count == 7)
        #expect(WordList.monthAbbreviations.entries.contains("Sept September"))
    }

    @Test func theLexicographerFilesAreNumberedAsWordNetNumbersThem() {
        let files = LanguageFixture.lexicon.entries(.wordNetLexicographerFiles)
        #expect(files.count == 45)
        #expect(files[18] == "noun.person")
        #expect(files[6] == "noun.artifact")
    }

    /// The byte test of which words are looked up gives the scalar test's answer, in and out of ASCII.
    @Test func wordsOfLettersHyphensAndApostrophesAreToldByTheirBytes() {
        for word in ["talks", "al-madhoun", "o'brien", "zürich", "naïve-", "3m", "a.b", "x y", "ça'", "o’brien", "é3", "", "-'"] {
            let byScalars = word.unicodeScalars.allSatisfy { $0.isLetterScalar || $0 == "-" || $0 == "'" }
            #expect(Lexicon.isLettersHyphensApostrophes(word) == byScalars, "\(word)")
        }
        #expect(Lexicon.isLettersHyphensApostrophes("zürich") && !Lexicon.isLettersHyphensApostrophes("o’brien3"))
    }

    /// The one-pass test of which words are looked up answers as the two tests it stands for.
    @Test func wordsLookedUpAreThoseOfBothTests() {
        for word in ["talks", "al-madhoun", "o'brien", "zürich", "naïve-", "3m", "a.b", "x y", "ça'", "o’brien", "é3", "", "-'",
                     "us", "USA", "Us", "ab", "abc", "a-", "--'", "éé", "ééé", "3éé", "e\u{301}e", "long-term", "X'S", "ab3", "1,200"] {
            let expected = Lexicon.isLongerThanTwoCharacters(word) && Lexicon.isLettersHyphensApostrophes(word)
            #expect(Lexicon.isLookedUp(word) == expected, "\(word)")
        }
    }

    @Test func lemmasLeaveShortWordsAndNonWordsAlone() {
        let lexicon = LanguageFixture.lexicon
        #expect(lexicon.lemma(of: "hostages") == "hostage")
        #expect(lexicon.lemma(of: "us") == "us")
        #expect(lexicon.lemma(of: "1,200") == "1,200")
        #expect(lexicon.lemma(of: "zzyzx") == "zzyzx")
    }

    @Test func nounLemmasKeepVerbFormsAndSingulariseWordsWordNetLacks() {
        let lexicon = LanguageFixture.lexicon
        #expect(lexicon.nounLemma(of: "hostages") == "hostage")
        #expect(lexicon.nounLemma(of: "feet") == "foot")
        #expect(lexicon.nounLemma(of: "centuries") == "century")
        // A verb's lemma would change the word: `killed` is no form of the noun `kill` here.
        #expect(lexicon.lemma(of: "killed") == "kill")
        #expect(lexicon.nounLemma(of: "killed") == "killed")
        #expect(lexicon.nounLemma(of: "various") == "various")
        // Words WordNet does not list take its noun rules unchecked.
        #expect(lexicon.nounLemma(of: "airstrikes") == "airstrike")
        #expect(lexicon.nounLemma(of: "ceasefires") == "ceasefire")
        #expect(lexicon.nounLemma(of: "cyberattacks") == "cyberattack")
        #expect(lexicon.nounLemma(of: "zzyzx") == "zzyzx")
        #expect(lexicon.nounLemma(of: "us") == "us")
    }
}
