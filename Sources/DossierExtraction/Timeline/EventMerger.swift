import DossierCore
import DossierLanguage

/// Merges sightings of the same event: same date (or the same unplaced words) and sentences that share
/// enough content words. Work is per date, and a sighting meets only the events of its day it shares words with.
struct EventMerger: Sendable {
    /// Shared content words needed to call two sentences the same event.
    var minimumSharedWords = TimelineRules.minimumSharedWords
    /// …and the share of the shorter sentence's content words they must make up.
    var minimumOverlap = TimelineRules.minimumOverlap

    /// The sightings are read by position throughout, and the events sorted by position and moved into their order:
    /// each sighting was copied (its strings and set of words retained, later released) into its day's bucket, sorted
    /// copies of those made, and copied again into its event's cluster; each event into a pair to sort, while sorting
    /// and out of it.
    func merge(_ sightings: [DateSighting]) -> [Event] {
        var buckets: [String: [Int]] = [:]
        for position in sightings.indices {
            buckets[sightings[position].date ?? "?" + Self.unplacedKey(sightings[position].dateText), default: []].append(position)
        }
        var events: [Event] = [], yearless: [Int?] = []
        for key in buckets.keys.sorted() {
            var comparisons = 0
            for cluster in clusters(of: buckets[key]!, in: sightings, comparisons: &comparisons) {
                events.append(event(cluster, in: sightings))
                yearless.append(sightings[cluster[0]].yearlessDay)
            }
        }
        let order = events.indices.sorted { lhs, rhs in
            // Dates with no year keep calendar order among themselves, after the placed ones.
            if events[lhs].date == nil, events[rhs].date == nil, yearless[lhs] != yearless[rhs] {
                return (yearless[lhs] ?? Int.max) < (yearless[rhs] ?? Int.max)
            }
            return Self.timelineOrder(events[lhs], events[rhs])
        }
        var ordered: [Event] = []
        ordered.reserveCapacity(events.count)
        for position in order {
            var event = Event(date: nil, dateText: "", text: "", references: [])
            swap(&event, &events[position])
            ordered.append(event)
        }
        return ordered
    }

    /// An event being gathered: its sightings (positions) and the numbers of their content words (`clusters(of:in:comparisons:)`).
    private struct Cluster {
        var sightings: [Int]
        var words: Set<Int>
    }

    /// The sightings of one date grouped into events, in reading order: each joins the first event it is the same as.
    /// `comparisons` counts the events a sighting is measured against and the index entries read to find them (a test
    /// checks that it grows linearly with the sightings of a day whose sentences share only a common word).
    func clusters(of sightings: [DateSighting], comparisons: inout Int) -> [[DateSighting]] {
        clusters(of: Array(sightings.indices), in: sightings, comparisons: &comparisons).map { $0.map { sightings[$0] } }
    }

    /// `clusters(of:comparisons:)` of the sightings at `positions` in `sightings`, as positions.
    private func clusters(of positions: [Int], in sightings: [DateSighting], comparisons: inout Int) -> [[Int]] {
        var clusters: [Cluster] = []
        // Each word of the day numbered once, in the order met (`StringPlaces`): the sets, the index by word and
        // the overlaps below hash these numbers, where they hashed every word's string at every use (SipHash).
        var numbers = StringPlaces()
        // The events each word is in, by the word's number: a sighting is measured only against the events it shares
        // words with, not against every event of its day (a book-length article has thousands on one unplaced day).
        var clustersByWord: [[Int]] = []
        for sighting in positions.sorted(by: { sightings[$0].reference < sightings[$1].reference }) {
            var words = Set<Int>(minimumCapacity: sightings[sighting].contentWords.count)
            for word in sightings[sighting].contentWords {
                let (number, isNew) = numbers.place(adding: word)
                if isNew { clustersByWord.append([]) }
                words.insert(number)
            }
            if let index = firstSameEvent(words, in: clusters, clustersByWord: clustersByWord, comparisons: &comparisons) {
                clusters[index].sightings.append(sighting)
                for word in words where clusters[index].words.insert(word).inserted { clustersByWord[word].append(index) }
            } else {
                for word in words { clustersByWord[word].append(clusters.count) }
                clusters.append(Cluster(sightings: [sighting], words: words))
            }
        }
        return clusters.map(\.sightings)
    }

    /// The first of `clusters` that `words` tell the same event as. An event that shares `minimumSharedWords` words
    /// with the sentence shares one besides the `minimumSharedWords - 1` words found in most events, so those words'
    /// long lists of events are not read. (Which words those are, among words in as many events, changes no answer: any
    /// event that tells the same is a candidate whichever they are.)
    private func firstSameEvent(_ words: Set<Int>, in clusters: [Cluster], clustersByWord: [[Int]], comparisons: inout Int) -> Int? {
        guard minimumSharedWords >= 1 else {
            comparisons += clusters.count
            return clusters.firstIndex { sameEvent($0.words, words) }
        }
        let byFrequency = words.map { (word: $0, events: clustersByWord[$0].count) }
            .sorted { ($0.events, $0.word) < ($1.events, $1.word) }
        var candidates = Set<Int>()
        for entry in byFrequency.dropLast(minimumSharedWords - 1) {
            for index in clustersByWord[entry.word] {
                comparisons += 1
                candidates.insert(index)
            }
        }
        comparisons += candidates.count
        return candidates.sorted().first { sameEvent(clusters[$0].words, words) }
    }

    /// Whether two sentences' content words (as strings, or as numbers of one numbering) tell the same event.
    func sameEvent<Word: Hashable>(_ lhs: Set<Word>, _ rhs: Set<Word>) -> Bool {
        // The shared words counted, not gathered: `intersection` made a set of them for every pair compared.
        let shared = lhs.count <= rhs.count ? lhs.count(where: rhs.contains) : rhs.count(where: lhs.contains)
        let smaller = max(1, min(lhs.count, rhs.count))
        return shared >= minimumSharedWords && Double(shared) / Double(smaller) >= minimumOverlap
    }

    /// One event of the sightings at `cluster`: the shortest sentence tells it; every sentence is a reference.
    private func event(_ cluster: [Int], in sightings: [DateSighting]) -> Event {
        let teller = cluster.count == 1 ? cluster[0] : cluster.min {
            (sightings[$0].text.count, sightings[$0].reference) < (sightings[$1].text.count, sightings[$1].reference)
        }!
        var references: [SentenceReference] = []
        for sighting in cluster where !references.contains(sightings[sighting].reference) { references.append(sightings[sighting].reference) }
        return Event(date: sightings[teller].date, dateText: sightings[teller].dateText, text: sightings[teller].text,
                     references: references, note: sightings[teller].note)
    }

    static func timelineOrder(_ lhs: Event, _ rhs: Event) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.references.first!, lhs.dateText) < (rhs.references.first!, rhs.dateText)
        }
    }

    static func unplacedKey(_ dateText: String) -> String {
        dateText.lowercased().split(separator: " ").filter { $0 != "on" }.joined(separator: " ")
    }

    /// Lemmas of the words that are not stop words or date words (names keep their form).
    static func contentWords(_ tokens: [Token]) -> Set<String> {
        var words = Set<String>()
        for index in tokens.indices where tokens[index].kind == .word && isContentWord(tokens, at: index) { words.insert(key(tokens, at: index)) }
        return words
    }

    /// `contentWords(_:)`, with whether each word type is a content word kept in `answers` (`TimelineWordAnswers`):
    /// each word's key was counted in characters and looked up among the stop words for every word of every dated sentence.
    /// The content words are counted first (a second read of each type's answer is one array read) and the set made
    /// with room for them: grown from empty, it was made anew at each doubling, its words hashed (by SipHash) again.
    static func contentWords(_ tokens: [Token], answers: inout WordTypeAnswers) -> Set<String> {
        var count = 0
        for index in tokens.indices where tokens[index].kind == .word
            && saysContentWord(answers.answers(ofType: tokens[index].wordType) { TimelineWordAnswers.answers(of: tokens, at: index) }) {
            count += 1
        }
        guard count > 0 else { return [] }
        var words = Set<String>(minimumCapacity: count)
        for index in tokens.indices where tokens[index].kind == .word
            && saysContentWord(answers.answers(ofType: tokens[index].wordType) { TimelineWordAnswers.answers(of: tokens, at: index) }) {
            words.insert(key(tokens, at: index))
        }
        return words
    }

    /// Whether a word type's answers (`TimelineWordAnswers`) say it is a content word.
    private static func saysContentWord(_ answers: UInt8) -> Bool {
        answers & TimelineWordAnswers.contentWord != 0
    }

    /// Whether the word at `index` is a content word: its key (`key(_:at:)`) is long enough and no stop word.
    static func isContentWord(_ tokens: [Token], at index: Int) -> Bool {
        let key = key(tokens, at: index)
        return key.characterCount > TimelineRules.contentWordMinimumLetters && !StopWords.contains(key)
    }

    /// The key of the word at `index` among the content words: a name's lower form, any other word's lemma.
    private static func key(_ tokens: [Token], at index: Int) -> String {
        tokens[index].startsUppercase ? tokens[index].lower : tokens[index].lemma
    }
}
