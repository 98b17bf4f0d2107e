import Testing
@testable import DossierExtraction

/// `NameKey.distance`: Levenshtein distance between characters, capped at `limit + 1`, the same on the ASCII bytes path
/// and the characters path.
@Suite struct NameDistanceTests {
    @Test func countsEditsUpToTheLimit() {
        #expect(NameKey.distance("qassem", "qassem") == 0)
        #expect(NameKey.distance("qasssem", "qassem") == 1)
        #expect(NameKey.distance("karolina", "karoline") == 1)
        #expect(NameKey.distance("edan", "idan") == 1)
        #expect(NameKey.distance("kitten", "sitting") == 3)
        #expect(NameKey.distance("kitten", "sitting", limit: 3) == 3)
        #expect(NameKey.distance("", "ab") == 2 && NameKey.distance("ab", "") == 2)
        #expect(NameKey.distance("", "") == 0)
        // Past the limit, the answer is limit + 1: by length alone, or once a whole row is past it.
        #expect(NameKey.distance("a", "abcd", limit: 1) == 2)
        #expect(NameKey.distance("abcd", "wxyz", limit: 1) == 2)
    }

    /// Characters, not bytes or scalars: an accent written as one scalar or two is one character, and the same one.
    @Test func readsCharacters() {
        #expect(NameKey.distance("josé", "jose") == 1)
        #expect(NameKey.distance("jos\u{E9}", "jose\u{301}") == 0)
        #expect(NameKey.distance("zoë", "zoe", limit: 1) == 1)
        #expect(NameKey.distance("a\r\nb", "a\nb") == 1)
        #expect(NameKey.distance("a\r\nb", "ab") == 1)
    }

    /// Against the textbook table on every pair of short strings over a small alphabet.
    @Test func agreesWithTheFullTable() {
        let alphabet: [Character] = ["a", "b", "é"]
        var words: [String] = [""]
        var frontier: [String] = [""]
        for _ in 1...3 {
            frontier = frontier.flatMap { word in alphabet.map { word + String($0) } }
            words += frontier
        }
        for a in words {
            for b in words {
                for limit in 0...2 {
                    #expect(NameKey.distance(a, b, limit: limit) == min(Self.fullDistance(Array(a), Array(b)), limit + 1), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    private static func fullDistance(_ x: [Character], _ y: [Character]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
        }
        return table[x.count][y.count]
    }
}
