import DossierCore
import DossierLanguage

/// Merges sightings of the same event: same date (or the same unplaced words) and sentences that share
/// enough content words. Work is per date, so the cost grows with the sightings of one day, not the corpus.
struct EventMerger: Sendable {
    /// Shared content words needed to call two sentences the same event.
    var minimumSharedWords = TimelineRules.minimumSharedWords
    /// …and the share of the shorter sentence's content words they must make up.
    var minimumOverlap = TimelineRules.minimumOverlap

    func merge(_ sightings: [DateSighting]) -> [Event] {
        var buckets: [String: [DateSighting]] = [:]
        for sighting in sightings {
            buckets[sighting.date ?? "?" + Self.unplacedKey(sighting.dateText), default: []].append(sighting)
        }
        var events: [(event: Event, yearless: Int?)] = []
        for key in buckets.keys.sorted() {
            events.append(contentsOf: clusters(of: buckets[key]!).map { (event($0), $0[0].yearlessDay) })
        }
        return events.sorted { lhs, rhs in
            // Dates with no year keep calendar order among themselves, after the placed ones.
            if lhs.event.date == nil, rhs.event.date == nil, lhs.yearless != rhs.yearless {
                return (lhs.yearless ?? Int.max) < (rhs.yearless ?? Int.max)
            }
            return Self.timelineOrder(lhs.event, rhs.event)
        }.map(\.event)
    }

    private struct Cluster {
        var sightings: [DateSighting]
        var words: Set<String>
    }

    private func clusters(of sightings: [DateSighting]) -> [[DateSighting]] {
        var clusters: [Cluster] = []
        for sighting in sightings.sorted(by: { $0.reference < $1.reference }) {
            let words = sighting.contentWords
            if let index = clusters.firstIndex(where: { sameEvent($0.words, words) }) {
                clusters[index].sightings.append(sighting)
                clusters[index].words.formUnion(words)
            } else {
                clusters.append(Cluster(sightings: [sighting], words: words))
            }
        }
        return clusters.map(\.sightings)
    }

    func sameEvent(_ lhs: Set<String>, _ rhs: Set<String>) -> Bool {
        let shared = lhs.intersection(rhs).count
        let smaller = max(1, min(lhs.count, rhs.count))
        return shared >= minimumSharedWords && Double(shared) / Double(smaller) >= minimumOverlap
    }

    /// One event: the shortest sentence tells it; every sentence is a reference.
    private func event(_ sightings: [DateSighting]) -> Event {
        let teller = sightings.min { ($0.text.count, $0.reference) < ($1.text.count, $1.reference) }!
        var references: [SentenceReference] = []
        for sighting in sightings where !references.contains(sighting.reference) { references.append(sighting.reference) }
        return Event(date: teller.date, dateText: teller.dateText, text: teller.text, references: references, note: teller.note)
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
        for token in tokens where token.kind == .word {
            let key = token.startsUppercase ? token.lower : token.lemma
            if key.count > TimelineRules.contentWordMinimumLetters, !StopWords.contains(key) { words.insert(key) }
        }
        return words
    }
}
