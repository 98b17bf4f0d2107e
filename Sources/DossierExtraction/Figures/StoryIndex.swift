import DossierLanguage
import DossierCore
import Foundation

/// Which articles tell the same story: each article's most telling names (capitalized words, weighted by how
/// few articles use them), compared by the weight they share. Names every article uses (the corpus's own
/// subject, or a country's parties in a corpus of its politics) say little; names two articles alone share say much.
struct StoryIndex: Sendable {

    /// Every article's telling names, one article after another (`starts`), each by a number standing for it (dense
    /// from 0, `nameCount` of them) with its weight, in the order of the names (sums in a fixed order, so builds repeat
    /// exactly). One flat array: an array per article was retained and released at every question.
    private var names: [(name: Int32, weight: Double)]
    /// Where each article's names start in `names`, and where the last one's end.
    private var starts: [Int]
    /// Each article's summed weight of its names: 0 for an article without names, and only for one (every name weighs
    /// at least `ln 2`: it is kept by at most all the articles).
    private(set) var totals: [Double]
    /// How many distinct names the articles keep.
    private(set) var nameCount = 0
    /// For each kept name (by number), the articles that keep it, in article order: `nameArticles[nameStarts[n]..<nameStarts[n + 1]]`.
    /// One flat array, as `names` is.
    private var nameArticles: [Int32]
    private var nameStarts: [Int]

    /// From each article's name counts (`nameCounts`). The names of the corpus are numbered once, by the hashes the
    /// counts kept (`NameCounts`), and each name's articles counted by its number: no name is hashed again.
    init(counts: [NameCounts]) {
        // Each name counted once for each article that uses it.
        var corpusNames = CountedPlaces()
        let numbers = counts.map { article in
            let spelt = article.places.keys
            return (0..<article.count).map { place in corpusNames.add(spelt[place], hash: article.places.hash(at: place)) }
        }
        let documents = corpusNames.counts
        let spelt = corpusNames.places.keys
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
        // comparing the names, and the numbers index the lists of each name's articles (`nameArticles`).
        var dense = Array(repeating: Int32(-1), count: spelt.count)
        names = []
        starts = [0]
        totals = []
        for article in kept {
            var total = 0.0
            for name in article {
                if dense[name.name] < 0 {
                    dense[name.name] = Int32(nameCount)
                    nameCount += 1
                }
                names.append((name: dense[name.name], weight: name.weight))
                total += name.weight
            }
            starts.append(names.count)
            totals.append(total)
        }
        // The articles of each name, counted then placed (article by article, so each name's list is in article order).
        var counts = Array(repeating: 0, count: nameCount + 1)
        for entry in names { counts[Int(entry.name) + 1] += 1 }
        for name in 0..<nameCount { counts[name + 1] += counts[name] }
        nameStarts = counts
        var next = counts
        nameArticles = Array(repeating: 0, count: names.count)
        for article in 0..<totals.count {
            for place in starts[article]..<starts[article + 1] {
                let name = Int(names[place].name)
                nameArticles[next[name]] = Int32(article)
                next[name] += 1
            }
        }
    }

    /// How many articles the index knows.
    var articleCount: Int { totals.count }

    /// Whether the two articles (by position) tell the same story; an article without names matches any, and so does
    /// a position the index does not know. The plain answer, by a search of the other article's names: the grouper asks
    /// `SameStoryAnswers`, which adds up the shared names of the article it is asked about with all others at once
    /// (`sharedWeights`) and gives the same answers.
    func sameStory(_ lhs: Int, _ rhs: Int) -> Bool {
        guard lhs != rhs else { return true }
        guard lhs >= 0, rhs >= 0, lhs < articleCount, rhs < articleCount else { return true }
        let right = starts[rhs]..<starts[rhs + 1]
        return sameStory(lhs, rhs) { name in right.contains { names[$0].name == name } }
    }

    /// The weight of the names `article` keeps that each other article keeps too, for `sharesEnough`:
    /// `shared[other]` for each article whose `stamps[other] == stamp` (set here); the others share none. The grouper
    /// asks one article against many others: one walk of the articles of its names answers for all of them.
    ///
    /// The weights are added in the order of `article`'s names. Each article's names are in the order of their
    /// spelling, so the names two articles share come in the same order in both, and the sum is the very one the plain
    /// `sameStory(other, article)` makes over `other`'s names (a name's weight is the same in every article).
    func sharedWeights(with article: Int, into shared: inout [Double], stamps: inout [Int], stamp: Int) {
        guard article >= 0, article < articleCount else { return }
        for place in starts[article]..<starts[article + 1] {
            let name = Int(names[place].name), weight = names[place].weight
            for other in nameArticles[nameStarts[name]..<nameStarts[name + 1]] {
                let other = Int(other)
                if stamps[other] != stamp {
                    stamps[other] = stamp
                    shared[other] = 0
                }
                shared[other] += weight
            }
        }
    }

    /// Whether two articles with names, of these summed weights (`totals`), that share names weighing `shared`, tell
    /// the same story: the shared names carry enough of the lighter article's weight.
    static func sharesEnough(_ shared: Double, of lhsTotal: Double, _ rhsTotal: Double) -> Bool {
        shared / min(lhsTotal, rhsTotal) >= FigureRules.sameStoryOverlap
    }

    /// Whether the shared names (those of `lhs` that `rhsKeeps`) carry enough of the lighter article's weight, summed in
    /// the order of `lhs`'s names; an article without names matches any.
    private func sameStory(_ lhs: Int, _ rhs: Int, rhsKeeps: (Int32) -> Bool) -> Bool {
        let left = starts[lhs]..<starts[lhs + 1]
        if left.isEmpty || starts[rhs] == starts[rhs + 1] { return true }
        var shared = 0.0
        for place in left where rhsKeeps(names[place].name) { shared += names[place].weight }
        return Self.sharesEnough(shared, of: totals[lhs], totals[rhs])
    }

    /// Capitalized words not at a sentence start, lowercased, with how often the article uses them.
    static func nameCounts(of tokenized: [[Token]]) -> NameCounts {
        var answers = WordTypeAnswers()
        return nameCounts(of: tokenized, answers: &answers)
    }

    /// `nameCounts(of:)`, with what each word type says (`NameAnswer`) kept in `answers`, a cache the caller lends from
    /// one article to the next: a capitalized word's length and the word lists were asked of every capitalized token.
    static func nameCounts(of tokenized: [[Token]], answers: inout WordTypeAnswers) -> NameCounts {
        var counts = NameCounts()
        for tokens in tokenized {
            // By position: each token read in place, not copied (a copy retains and releases its strings).
            for index in tokens.indices.dropFirst() where tokens.isCapitalized(at: index) {
                let found = answers.answers(ofType: tokens[index].wordType) { NameAnswer.answers(of: tokens[index].lower) }
                guard found & NameAnswer.name != 0 else { continue }
                counts.add(found & NameAnswer.hasFullStop != 0 ? Self.key(tokens[index].lower) : tokens[index].lower)
            }
        }
        return counts
    }

    /// What `nameCounts(of:answers:)` keeps of a capitalized word's type (`WordTypeAnswers`), one bit each.
    enum NameAnswer {
        /// The word counts as a name: two characters or more, none of `notNames`.
        static let name: UInt8 = 1
        /// Its lower form holds a full stop, which its key drops (`key(_:)`).
        static let hasFullStop: UInt8 = 2

        /// The answers about a capitalized word whose lower form is `lower`.
        static func answers(of lower: String) -> UInt8 {
            guard lower.hasSeveralCharacters, !StoryIndex.notNames.contains(lower) else { return 0 }
            return name | (lower.holdsByte(UInt8(ascii: ".")) ? hasFullStop : 0)
        }
    }

    /// Capitalized words that are not names: function words, months and weekdays, in one set with a first look that
    /// hashes nothing (`WordSet`), asked of every capitalized word (three sets were each hashed the word).
    private static let notNames = WordSet(MeasureVocabulary.functionWords.union(MeasureVocabulary.months).union(MeasureVocabulary.weekdays))

    /// Outlets write acronyms with or without full stops (`F.B.I.`, `FBI`): one key for both.
    static func key(_ name: String) -> String {
        name.holdsByte(UInt8(ascii: ".")) ? String(name.filter { $0 != "." }) : name
    }
}
