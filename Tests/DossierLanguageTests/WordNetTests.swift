@testable import DossierLanguage
import Foundation
import Testing

@Suite struct WordNetTests {
    let wordNet = LanguageFixture.lexicon.wordNet

    @Test func lemmasFollowTheExceptionListsAndTheDetachmentRules() {
        #expect(wordNet.lemma(of: "mice", as: .noun) == "mouse")
        #expect(wordNet.lemma(of: "ran", as: .verb) == "run")
        #expect(wordNet.lemma(of: "hostages", as: .noun) == "hostage")
        #expect(wordNet.lemma(of: "policies", as: .noun) == "policy")
        #expect(wordNet.lemma(of: "churches", as: .noun) == "church")
        #expect(wordNet.lemma(of: "spokesmen", as: .noun) == "spokesman")
        #expect(wordNet.lemma(of: "talks", as: .noun) == "talk")
        #expect(wordNet.lemma(of: "news", as: .noun) == "news")
        #expect(wordNet.lemma(of: "killed", as: .verb) == "kill")
        #expect(wordNet.lemma(of: "larger", as: .adjective) == "large")
        #expect(wordNet.lemma(of: "xyzzies", as: .noun) == nil)
    }

    @Test func aRuleNeverLeavesAWordOfTwoLetters() {
        #expect(wordNet.lemma(of: "gas", as: .noun) == "gas")
        #expect(wordNet.lemma(of: "was") == "be")
        #expect(wordNet.lemma(of: "has") == "have")
    }

    @Test func lemmaOfAnyClassPrefersTheNoun() {
        #expect(wordNet.lemma(of: "rockets") == "rocket")
        #expect(wordNet.lemma(of: "said") == "say")
        #expect(wordNet.lemma(of: "ran") == "run")
        #expect(wordNet.lemma(of: "qwertyuiop") == nil)
    }

    @Test func baseFormsListTheWordItselfFirst() {
        #expect(wordNet.baseForms(of: "talks", as: .noun) == ["talks", "talk"])
        #expect(wordNet.baseForms(of: "glasses", as: .noun) == ["glasses", "glass"])
    }

    @Test func lexicographerClassesTellPeopleGroupsAndThings() {
        #expect(wordNet.lexicographerClasses(of: "spokesman").first == "noun.person")
        #expect(wordNet.lexicographerClasses(of: "hostages").first == "noun.person")
        #expect(wordNet.lexicographerClasses(of: "army").first == "noun.group")
        #expect(wordNet.lexicographerClasses(of: "dollars").first == "noun.quantity")
        #expect(wordNet.lexicographerClasses(of: "week").first == "noun.time")
        #expect(wordNet.lexicographerClasses(of: "rockets").contains("noun.artifact"))
    }

    @Test func hypernymsSayWhatAThingIsAKindOf() {
        #expect(wordNet.isKind("rockets", of: "projectile"))
        #expect(wordNet.isKind("rocket", of: "vehicle"))
        #expect(wordNet.isKind("hostage", of: "person"))
        #expect(wordNet.isKind("missile", of: "weapon"))
        #expect(!wordNet.isKind("hostage", of: "weapon"))
        #expect(!wordNet.isKind("week", of: "person"))
    }

    @Test func synonymsComeFromTheSenses() {
        let synonyms = wordNet.synonyms(of: "truce", as: .noun)
        #expect(synonyms.contains("armistice"))
        #expect(synonyms.contains("cease-fire"))
        #expect(!synonyms.contains("truce"))
    }

    @Test func aMissingDatabaseIsAnErrorNamingThePackage() {
        #expect(throws: WordNetUnavailable.self) { try Lexicon.load(environment: [WordNet.folderVariable: "/nonexistent/wordnet"]) }
        let message = WordNetUnavailable(folder: "/nonexistent/wordnet").description
        #expect(message.hasPrefix("WordNet 3.0 not found in /nonexistent/wordnet"))
        #expect(message.contains("install the Debian package wordnet-base"))
        #expect(message.contains("DOSSIER_WORDNET"))
    }

    @Test func theFolderComesFromTheEnvironmentWhenSet() {
        #expect(WordNet.folder(environment: [:]) == "/usr/share/wordnet")
        #expect(WordNet.folder(environment: ["DOSSIER_WORDNET": "/opt/wn"]) == "/opt/wn")
    }
}

/// The index's hash table finds every line of each index file by its key, and no key that is not there.
@Suite struct SortedLineFileTests {
    static let folder = WordNet.folder(environment: ProcessInfo.processInfo.environment)

    @Test(arguments: ["noun", "verb", "adj", "adv"]) func everyLineIsFoundByItsKey(wordClass: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/index." + wordClass, encoding: .utf8)
        let file = try SortedLineFile(url: URL(fileURLWithPath: Self.folder + "/index." + wordClass))
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.count > 3_000)
        var missed: [String] = []
        for line in lines {
            let key = String(line.prefix { $0 != " " })
            if file.line(for: key) != String(line.dropFirst(key.count + 1)) { missed.append(key) }
        }
        #expect(missed.isEmpty)
        #expect(!file.hasLine(for: "zzzz") && !file.hasLine(for: "qqq") && !file.hasLine(for: "") && !file.hasLine(for: "\u{7F}"))
    }

    /// Keys that share their first eight bytes are told apart by the rest; keys between them, or one byte longer or
    /// shorter, are not found.
    @Test func keysSharingTheirFirstEightBytesAreToldApart() throws {
        let keys = ["a", "ab", "abcdefg", "abcdefgh", "abcdefgh_x", "abcdefgha", "abcdefghb", "abcdefghij", "abcdefgi",
                    "abd", "b", "zzzzzzzzzz"]
        let lines = keys.sorted { Array(($0 + " ").utf8).lexicographicallyPrecedes(Array(($1 + " ").utf8)) }
            .map { "\($0) n 1 line-of-\($0)" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sorted-line-file-\(UUID().uuidString)")
        try ("  licence line\n  another\n" + lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try SortedLineFile(url: url)
        for key in keys { #expect(file.line(for: key) == "n 1 line-of-\(key)", "\(key)") }
        for absent in ["aa", "abcdefgg", "abcdefghc", "abcdefghi", "abcdefgh_", "abcdefghija", "abcdefg_", "abcdefh", "zzzzzzzz", "c"] {
            #expect(!file.hasLine(for: absent), "\(absent)")
        }
    }

    /// One-letter keys, and the first and last lines, are found.
    @Test func keysAtTheEdgesOfTheirPrefixAreFound() throws {
        let file = try SortedLineFile(url: URL(fileURLWithPath: Self.folder + "/index.noun"))
        for key in ["a", "b", "z", "aa", "a-horizon", "'hood", ".22", "0", "zyrian", "zymosis", "hostage", "talks"] {
            #expect(file.hasLine(for: key), "\(key)")
        }
        #expect(file.line(for: "a")?.hasPrefix("n 7 7 ") == true)
        #expect(!file.hasLine(for: "zz") && !file.hasLine(for: "hostagez"))
    }

    /// A data line's fields are read as WordNet writes them: words lower case with spaces and without an adjective's
    /// marker, the hypernyms (`@`, `@i`) apart from other pointers; the gloss, with its own `|`, `@` and capitals,
    /// plays no part, whether it is there or left off.
    @Test func aSynsetLineIsReadWithOrWithoutItsGloss() throws {
        let fields = "09000001 18 n 03 Prime_Minister 0 PM 0 head(a) 1 004 @ 10000002 n 0000 @i 10000003 n 0000 "
            + "~ 10000004 n 0000 + 10000005 v 0101"
        let gloss = " | the head of a government; \"the Prime_Minister @ 11 | said\""
        let classes = (0..<45).map { "class\($0)" }
        for line in [fields, fields + gloss] {
            let synset = try #require(Synset(line: line, lexicographerClasses: classes))
            #expect(synset.offset == 9_000_001 && synset.wordClass == .noun && synset.lexicographerClass == "class18")
            #expect(synset.words == ["prime minister", "pm", "head"])
            #expect(synset.hypernyms == [10_000_002, 10_000_003])
        }
        #expect(Synset(line: "09000001 18 x 01 word 0 000", lexicographerClasses: classes) == nil)
        // A damaged line is read as far as it goes: a negative word count is no line, a negative pointer count no pointers.
        #expect(Synset(line: "09000001 18 n -1 word 0 000", lexicographerClasses: classes) == nil)
        #expect(Synset(line: "09000001 -1 n 01 word 0 000", lexicographerClasses: classes)?.lexicographerClass == "unknown")
        let noPointers = try #require(Synset(line: "09000001 18 n 01 word 0 -3 @ 10000002 n 0000", lexicographerClasses: classes))
        #expect(noPointers.words == ["word"] && noPointers.hypernyms.isEmpty)
        let longCount = try #require(Synset(line: "09000001 18 n fffffff word 0", lexicographerClasses: classes))
        #expect(longCount.words == ["word"] && longCount.hypernyms.isEmpty)
        let real = try #require(LanguageFixture.lexicon.wordNet.synsets(of: "hostage", as: .noun).first)
        #expect(real.words == ["hostage", "surety"] && real.lexicographerClass == "noun.person" && !real.hypernyms.isEmpty)
    }
}
