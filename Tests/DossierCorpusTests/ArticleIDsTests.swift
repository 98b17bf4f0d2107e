import DossierCore
import Testing
@testable import DossierCorpus

/// An article's id base: the slug of its file name without the extension, then of the title's first six words.
@Suite struct ArticleIDsTests {
    /// The base as it was defined, on the path and title split into pieces and joined again.
    static func splitBase(path: String, title: String?) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
        let stemSlug = Slug.make(stem.isEmpty ? fileName : stem, maxLength: 24, fallback: "source")
        let titleWords = (title ?? "").split(whereSeparator: \.isWhitespaceFast).prefix(6).joined(separator: " ")
        let titleSlug = Slug.make(titleWords, maxLength: 40, fallback: "")
        return titleSlug.isEmpty ? stemSlug : "\(stemSlug)-\(titleSlug)"
    }

    @Test func baseIsTheSlugOfTheStemAndTheTitlesFirstWords() {
        #expect(ArticleIDs.base(path: "business/001.txt", title: "Ad sales boost Time Warner profit") == "001-ad-sales-boost-time-warner-profit")
        #expect(ArticleIDs.base(path: "a/b.c.md", title: nil) == "b-c")
        #expect(ArticleIDs.base(path: "README", title: "  ") == "readme")
        #expect(ArticleIDs.base(path: ".txt", title: "One\ttwo\r\nthree") == "txt-one-two-three")
    }

    /// Paths with runs of dots and slashes at either end or inside, no stem, no extension; titles with runs of every
    /// white space, fewer or more than six words, apostrophes, long words cut by the slug's length; and non-ASCII ones.
    @Test func baseIsTheBaseOfThePiecesJoined() {
        let paths = ["business/001.txt", "001.txt", "a/b/c.d.e.txt", "x..y.txt", "..x.txt", "x.txt.", "x.txt..", "..txt", "...",
                     ".txt", "README", "dir/", "dir//x.md//", "///", "", "/", "a./b", "a/.b.", "deep/er/name with spaces.txt",
                     "it's.txt", "a-very-long-file-name-that-runs-past-the-slug.txt", "é/café.txt", "x.tx\u{301}t", "日本.md"]
        let titles: [String?] = [nil, "", " ", "Ad sales boost Time Warner profit", "  Leading\tand trailing \n",
                                 "one two three four five six seven eight", "one  two\t\tthree\r\nfour\u{0B}five\u{0C}six seven",
                                 "Netanyahu's  'deal' is — done", "Supercalifragilisticexpialidocious words make the slug long here",
                                 "a b c d e f", "a b c d e", "- - - - - - x", "Café société reopens", "Ørsted\u{00A0}wins big", "x\u{2009}y z"]
        for path in paths {
            for title in titles {
                #expect(ArticleIDs.base(path: path, title: title) == Self.splitBase(path: path, title: title), "\(path) \(title ?? "nil")")
            }
        }
    }
}
