import Foundation
import Testing

/// Issue 10: Swift code holds rules, not vocabularies. No source file may hold a list of more than five string
/// words (an array, set or dictionary literal, or a `case "a", "b", …` in a condition); the words go into a
/// `Resources/lexicon/*.txt` file and the code asks `WordList` for them.
@Suite struct WordListGuardTests {
    /// More string words than this in one literal list make it a word list.
    static let longestInlineList = 5

    /// Files that still hold word lists while their lists move to the lexicon (none now). Remove a file here when its
    /// lists have moved; `theAllowListShrinksAsListsMove` fails while a file listed here has none left.
    static let notYetMoved: Set<String> = []

    /// Files whose string lists are no English vocabulary, so they stay in code.
    static let notVocabulary: Set<String> = [
        // File extensions and MIME types the dev server answers with.
        "DossierServer/Files/ContentType.swift",
        // The column names of figures.csv, a data format.
        "DossierSite/Data/FiguresCSV.swift",
        // Column headings of the sources tables, labels of the interface.
        "DossierSite/Pages/IndexPage.swift",
        "DossierSite/Pages/SourceListPage.swift",
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under `Sources`, as a path relative to it, with its word lists.
    static func listsInSources() throws -> [String: [InlineWordList]] {
        var result: [String: [InlineWordList]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            result[path] = InlineWordList.lists(in: text).filter { $0.words.count > longestInlineList }
        }
        return result
    }

    @Test func noSourceFileHoldsAWordListOfMoreThanFiveWords() throws {
        let found = try Self.listsInSources().filter { !Self.notYetMoved.contains($0.key) && !Self.notVocabulary.contains($0.key) }
            .sorted { $0.key < $1.key }
            .flatMap { file, lists in lists.map { "Sources/\(file):\($0.line): \($0.words.count) words (\($0.words.prefix(4).joined(separator: ", ")), …)" } }
        #expect(found.isEmpty, "move these word lists to Sources/DossierLanguage/Resources/lexicon:\n\(found.joined(separator: "\n"))")
    }

    @Test func theAllowListShrinksAsListsMove() throws {
        let lists = try Self.listsInSources()
        for file in Self.notYetMoved.union(Self.notVocabulary).sorted() {
            #expect(lists[file]?.isEmpty == false, "Sources/\(file) holds no word list any more: remove it from the allow-list")
        }
    }

    @Test func theScannerFindsArraysSetsDictionariesAndCaseLists() {
        let code = #"""
        let short = ["a", "b", "c", "d", "e"]
        let set: Set<String> = [
            "one", "two", "three", // a comment "not", "a", "list"
            "four", "five", "six",
        ]
        let map = ["held": "hold", "taken": "take", "freed": "free"]
        switch word { case "mr", "mrs", "ms", "dr", "prof", "sir": true; default: false }
        let path = "\(folder)/a.txt", marks = ["(", ")", "[", "]", "{", "}", "1", "2"]
        let text = """
            "x", "y", "z", "u", "v", "w"
            """
        """#
        let lists = InlineWordList.lists(in: code).filter { $0.words.count > 5 }
        #expect(lists.map(\.line) == [3, 6, 7])
        #expect(lists.map(\.words.count) == [6, 6, 6])
    }
}

/// A run of string literals separated only by commas, colons and white space: an array, set or dictionary literal,
/// or the patterns of one `case`. Only literals that are words or phrases count (`"mr"`, `"filed under:"`), not
/// marks, paths or numbers.
struct InlineWordList {
    var line: Int
    var words: [String]

    static func lists(in code: String) -> [InlineWordList] {
        var lists: [InlineWordList] = []
        var current: InlineWordList?
        var separator = ""
        let characters = Array(code)
        var index = 0, line = 1
        func close() {
            if let list = current, !list.words.isEmpty { lists.append(list) }
            current = nil
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { line += 1 }
            if character == "/", index + 1 < characters.count, characters[index + 1] == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "\"" {
                if index + 2 < characters.count, characters[index + 1] == "\"", characters[index + 2] == "\"" {
                    close()
                    index += 3
                    while index + 2 < characters.count, !(characters[index] == "\"" && characters[index + 1] == "\"" && characters[index + 2] == "\"") {
                        if characters[index] == "\n" { line += 1 }
                        index += 1
                    }
                    index += 3
                    separator = ""
                    continue
                }
                var literal = ""
                index += 1
                while index < characters.count, characters[index] != "\"", characters[index] != "\n" {
                    if characters[index] == "\\" { index += 1 }
                    if index < characters.count { literal.append(characters[index]) }
                    index += 1
                }
                index += 1
                let continues = current != nil && separator.contains(where: { $0 == "," || $0 == ":" })
                    && separator.allSatisfy { $0 == "," || $0 == ":" || $0.isWhitespace }
                if !continues {
                    close()
                    current = InlineWordList(line: line, words: [])
                }
                if isWord(literal) { current?.words.append(literal) }
                separator = ""
                continue
            }
            separator.append(character)
            index += 1
        }
        close()
        return lists
    }

    /// A letter first, then letters, spaces, `.`, `'`, `-`, and perhaps a closing `:` (`tagged with:`).
    static func isWord(_ literal: String) -> Bool {
        guard let first = literal.first, first.isLetter else { return false }
        var body = Substring(literal)
        if body.hasSuffix(":") { body = body.dropLast() }
        return body.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "'" || $0 == "-" }
    }
}
