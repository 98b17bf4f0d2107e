@testable import DossierLanguage
import Foundation
import Testing

/// The byte-level paths of the WordNet look-ups give the answers of the plain algorithms they replace, which are
/// written out here as they were: morphy's forms filtered and the shortest taken, index lines split on spaces.
@Suite struct WordNetFastPathTests {
    let wordNet = LanguageFixture.lexicon.wordNet
    static let folder = WordNet.folder(environment: ProcessInfo.processInfo.environment)

    /// Every 40th key of an index file, and each with the endings morphy's rules detach.
    static func sampledWords(_ wordClass: WordClass) throws -> [String] {
        let text = try String(contentsOfFile: folder + "/index." + wordClass.rawValue, encoding: .utf8)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != " " }) }
        let sampled = stride(from: 0, to: keys.count, by: 40).map { keys[$0] }
        let endings = ["", "s", "es", "ies", "ed", "ing", "er", "est", "men", "ss"]
        return sampled.flatMap { key in endings.map { key + $0 } }
    }

    /// `lemma(of:as:)` as it was: the base forms accepted by the filter, the first of the shortest.
    func plainLemma(of word: String, as wordClass: WordClass) -> String? {
        let word = word.lowercased()
        let forms = wordNet.baseForms(of: word, as: wordClass).filter {
            $0 == word || $0.count >= MorphologyRules.shortestRuleBase || wordNet.listedForms(of: word, as: wordClass).contains($0)
        }
        return forms.min { $0.count < $1.count }
    }

    @Test(arguments: WordClass.allCases) func lemmasAgreeWithTheFilteredBaseForms(wordClass: WordClass) throws {
        var words = try Self.sampledWords(wordClass)
        words += ["mice", "ran", "was", "has", "gas", "feet", "spokesmen", "glasses", "tries", "larger", "went", "axes",
                  "Hostages", "prime ministers", "café", "naïve", "o'clock", "ss", "men", "abcs", "dies", "lies", "eyes"]
        var differing: [String] = []
        for word in words where wordNet.lemma(of: word, as: wordClass) != plainLemma(of: word, as: wordClass) {
            differing.append(word)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(words.count > 1_000)
    }

    /// An exception list with a key outside ASCII gets no filter (the dictionary alone answers); an ASCII one does,
    /// and it lets each of its keys through.
    @Test func exceptionKeyFiltersAreMadeOnlyOfASCIIKeys() {
        #expect(WordNet.exceptionKeyFilter(["mice": ["mouse"], "caf\u{E9}s": ["caf\u{E9}"]]) == nil)
        let list = ["mice": ["mouse"], "geese": ["goose"], "ran": ["run"]]
        let filter = WordNet.exceptionKeyFilter(list)
        for key in list.keys {
            var key = key
            #expect(filter?.mayContain(hash: key.withUTF8(FNV1a.mixedHash(of:))) == true, "\(key)")
        }
    }

    /// Words of the exception lists, whose listed forms are tried instead of the rules: the fast path, which knows only
    /// the rules, must leave them to the general one.
    @Test func lemmasOfListedWordsAgreeWithTheFilteredBaseForms() throws {
        var differing: [String] = []
        for wordClass in WordClass.allCases {
            let text = try String(contentsOfFile: Self.folder + "/" + wordClass.rawValue + ".exc", encoding: .utf8)
            let words = text.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
            for word in words where wordNet.lemma(of: word, as: wordClass) != plainLemma(of: word, as: wordClass) {
                differing.append(word)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    /// `isKind` remembers per ancestor which synsets are kinds of it; asked about many words and ancestors in turn,
    /// it answers as a walk up the hypernyms of each word's senses does.
    @Test func kindsAgreeWithAWalkUpTheHypernyms() throws {
        func walk(_ word: String, _ ancestor: String) -> Bool {
            var queue = wordNet.synsets(of: word, as: .noun), seen = Set(queue.map(\.offset)), next = 0
            while next < queue.count {
                let synset = queue[next]
                next += 1
                if synset.words.contains(ancestor) { return true }
                for offset in synset.hypernyms where seen.insert(offset).inserted {
                    if let parent = wordNet.synset(at: offset, as: .noun) { queue.append(parent) }
                }
            }
            return false
        }
        let words = try Self.sampledWords(.noun).enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
            + ["hostage", "rockets", "europeans", "israeli", "week", "missile", "army", "congress", "paris", "head"]
        var differing: [String] = [], kinds = 0
        for ancestor in ["inhabitant", "person", "weapon", "vehicle", "organism", "entity", "Location"] {
            for word in words {
                let isKind = wordNet.isKind(word, of: ancestor)
                if isKind != walk(word, ancestor.lowercased()) { differing.append("\(word) / \(ancestor)") }
                if isKind { kinds += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
        #expect(kinds > 100 && kinds < words.count * 6)
    }

    @Test func fieldsAreSplitOnRunsOfSpaces() {
        for line in ["n 3 2 @ ~ 3 1 00001 00002 00003", "  a  b   c ", "", "   ", "one", "x y"] {
            var utf8 = Array(line.utf8)
            let fields = utf8.withUnsafeMutableBytes { buffer -> [String] in
                var fields = ByteFields(UnsafeRawBufferPointer(buffer))
                var read: [String] = []
                while let field = fields.next() { read.append(String(decoding: field, as: UTF8.self)) }
                #expect(read.count == fields.count)
                return read
            }
            #expect(fields == line.split(separator: " ").map(String.init), "\(line)")
        }
    }

    @Test func fieldsReadAsIntReadsThem() {
        for text in ["0", "00012345", "123456789012345678", "1234567890123456789", "+5", "-7", "1a", "", "ff", "٣"] {
            var utf8 = Array(text.utf8)
            utf8.withUnsafeMutableBytes { buffer in
                #expect(ByteFields.integer(UnsafeRawBufferPointer(buffer)) == Int(text), "\(text)")
                #expect(ByteFields.integer(UnsafeRawBufferPointer(buffer), radix: 16) == Int(text, radix: 16), "\(text)")
            }
        }
    }

    /// Every index line's synset offsets and tagged sense count, read off its bytes, are those of the line split on spaces.
    @Test(arguments: WordClass.allCases) func indexLinesAreReadAsTheirSplitText(wordClass: WordClass) throws {
        let text = try String(contentsOfFile: Self.folder + "/index." + wordClass.rawValue, encoding: .utf8)
        var lines = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.drop { $0 != " " }.dropFirst()) }
        lines += ["n 2 0 1 0 00000001 00000002", "n 9 0 1", "n x 1 2", "n", "n 1 5 +00000003", "n 3 0 0 00000001 00000002"]
        var differing: [String] = []
        for line in lines {
            let fields = line.split(separator: " ")
            var offsets: [Int] = [], tagged = 0
            if fields.count > 1, let count = Int(fields[1]), count <= fields.count { offsets = fields.suffix(count).compactMap { Int($0) } }
            if fields.count > 2, let count = Int(fields[1]), count + 1 < fields.count { tagged = Int(fields[fields.count - count - 1]) ?? 0 }
            var utf8 = Array(line.utf8)
            let same = utf8.withUnsafeMutableBytes { buffer in
                WordNet.synsetOffsets(UnsafeRawBufferPointer(buffer)) == offsets && WordNet.taggedSenseCount(UnsafeRawBufferPointer(buffer)) == tagged
            }
            if !same { differing.append(line) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    /// Data lines read field by field give the synsets the split text gave.
    @Test func dataLinesAreReadAsTheirSplitText() throws {
        let text = try String(contentsOfFile: Self.folder + "/data.noun", encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        let classes = LanguageFixture.lexicon.entries(.wordNetLexicographerFiles)
        var differing: [Substring] = []
        for line in stride(from: 0, to: lines.count, by: 25).map({ lines[$0] }) {
            let fields = line.prefix { $0 != "|" }.split(separator: " ")
            let synset = Synset(line: String(line.prefix { $0 != "|" }), lexicographerClasses: classes)
            let wordCount = Int(fields[3], radix: 16)!
            let words = (0..<wordCount).map { fields[4 + 2 * $0].prefix { $0 != "(" }.lowercased().replacingOccurrences(of: "_", with: " ") }
            let pointers = 4 + 2 * wordCount
            let hypernyms = (0..<Int(fields[pointers])!).compactMap { pointer -> Int? in
                let symbol = fields[pointers + 1 + 4 * pointer]
                return symbol == "@" || symbol == "@i" ? Int(fields[pointers + 2 + 4 * pointer]) : nil
            }
            if synset?.offset != Int(fields[0]) || synset?.words != words || synset?.hypernyms != hypernyms
                || synset?.lexicographerClass != classes[Int(fields[1])!] { differing.append(line) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(lines.count > 80_000)
    }
}

/// The index files' key filter never turns away a key that was added, and turns away most that were not.
@Suite struct KeyFilterTests {
    static func hash(_ key: String) -> UInt64 {
        Array(key.utf8).withUnsafeBufferPointer { FNV1a.mixedHash(of: $0) }
    }

    @Test func addedKeysAreNeverTurnedAwayAndMostOthersAre() {
        let added = (0..<20_000).map { "key-\($0)" }
        var filter = KeyFilter(keys: added.count)
        for key in added { filter.add(hash: Self.hash(key)) }
        #expect(added.allSatisfy { filter.mayContain(hash: Self.hash($0)) })
        let others = (0..<20_000).map { "other-\($0)" }
        let passed = others.filter { filter.mayContain(hash: Self.hash($0)) }.count
        // About 8 bits a key and 2 bits a hash: some 4 in a hundred pass by chance.
        #expect(passed > 0 && passed < others.count / 10, "\(passed)")
    }

    /// A key with a space is searched up to its space, as the binary search compares it, so the filter sees the same.
    @Test func aKeyIsFilteredUpToItsFirstSpace() throws {
        let file = try SortedLineFile(url: URL(fileURLWithPath: SortedLineFileTests.folder + "/index.noun"))
        #expect(file.hasLine(for: "hostage") && file.hasLine(for: "hostage extra words"))
        #expect(!file.hasLine(for: "hostagex") && !file.hasLine(for: "zzzqx"))
    }
}
