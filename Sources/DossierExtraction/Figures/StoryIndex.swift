import DossierLanguage
import DossierCore
import Foundation

/// Which articles tell the same story: each article's most telling names (capitalized words, weighted by how
/// few articles use them), compared by the weight they share. Names every article uses (the corpus's own
/// subject, or a country's parties in a corpus of its politics) say little; names two articles alone share say much.
struct StoryIndex: Sendable {

    /// Per article, its telling names (each by a number standing for it) and their weights, in the order of the
    /// names (sums in a fixed order, so builds repeat exactly).
    private var names: [[(name: Int, weight: Double)]]
    private var totals: [Double]
    /// Per article, its telling names as a set, for `sameStory`, which the grouper asks for every comparison.
    private var nameSets: [NumberSet]

    /// From each article's name counts (`nameCounts`). The names of the corpus are numbered once, by the hashes the
    /// counts kept (`NameCounts`), and each name's articles counted by its number: no name is hashed again.
    init(counts: [NameCounts]) {
        var corpusNames = StringPlaces()
        var documents: [Int] = []
        let numbers = counts.map { article in
            let spelt = article.names.keys
            return (0..<article.count).map { place in
                let (number, isNew) = corpusNames.place(adding: spelt[place], hash: article.names.hash(at: place))
                if isNew { documents.append(0) }
                documents[number] += 1
                return number
            }
        }
        let spelt = corpusNames.keys
        let total = Double(counts.count)
        let kept = zip(counts, numbers).map { article, numbers in
            let weighted = numbers.indices.map { place in
                (name: numbers[place], weight: log(1 + total / Double(documents[numbers[place]])), count: article.counts[place])
            }
            let ranked = weighted.sorted { lhs, rhs in
                let l = Double(lhs.count) * lhs.weight, r = Double(rhs.count) * rhs.weight
                return l != r ? l > r : spelt[lhs.name] < spelt[rhs.name]
            }
            return ranked.prefix(FigureRules.storyNamesKept).map { (name: $0.name, weight: $0.weight) }
                .sorted { spelt[$0.name] < spelt[$1.name] }
        }
        // The kept names numbered again, densely, in the order the articles keep them: comparing numbers is cheaper than
        // comparing the names, and an article's new names get consecutive numbers, which a `NumberSet` spreads over its
        // slots without collisions (the corpus's numbers of all names, scattered, made `sameStory` slower).
        var dense = Array(repeating: -1, count: spelt.count)
        var denseCount = 0
        names = kept.map { article in
            article.map { name in
                if dense[name.name] < 0 {
                    dense[name.name] = denseCount
                    denseCount += 1
                }
                return (name: dense[name.name], weight: name.weight)
            }
        }
        totals = names.map { $0.reduce(0) { $0 + $1.weight } }
        nameSets = names.map { NumberSet($0.map(\.name)) }
    }

    /// How many articles the index knows.
    var articleCount: Int { names.count }

    /// Whether the two articles (by position) tell the same story; an article without names matches any.
    func sameStory(_ lhs: Int, _ rhs: Int) -> Bool {
        guard lhs != rhs else { return true }
        guard lhs < names.count, rhs < names.count else { return true }
        let left = names[lhs], right = nameSets[rhs]
        if left.isEmpty || right.isEmpty { return true }
        var shared = 0.0
        for name in left where right.contains(name.name) { shared += name.weight }
        return shared / min(totals[lhs], totals[rhs]) >= FigureRules.sameStoryOverlap
    }

    /// Capitalized words not at a sentence start, lowercased, with how often the article uses them.
    static func nameCounts(of tokenized: [[Token]]) -> NameCounts {
        var counts = NameCounts()
        for tokens in tokenized {
            // By position: each token read in place, not copied (a copy retains and releases its strings).
            for index in tokens.indices.dropFirst() where tokens[index].isCapitalized {
                let lower = tokens[index].lower
                guard lower.count > 1 else { continue }
                if Self.notNames.contains(lower) { continue }
                counts.add(Self.key(lower))
            }
        }
        return counts
    }

    /// Capitalized words that are not names: function words, months and weekdays, in one set with a first look that
    /// hashes nothing (`WordSet`), asked of every capitalized word (three sets were each hashed the word).
    private static let notNames = WordSet(MeasureVocabulary.functionWords.union(MeasureVocabulary.months).union(MeasureVocabulary.weekdays))

    /// Outlets write acronyms with or without full stops (`F.B.I.`, `FBI`): one key for both.
    static func key(_ name: String) -> String {
        name.containsByte(UInt8(ascii: ".")) ? String(name.filter { $0 != "." }) : name
    }
}
