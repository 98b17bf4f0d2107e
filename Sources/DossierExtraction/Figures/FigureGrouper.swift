import DossierCore
import Foundation

/// Groups mentions from different sources that measure the same thing, judged by evidence, in near-linear time:
/// a mention is compared only with groups of its class that share a rare word or its value with it.
///
/// The evidence: the measured nouns (the same lemma, WordNet synonyms or kinds, or one named in the other's
/// clause), the clause words both use weighted by how rare they are in the corpus, the names around them, and the
/// value (a specific number stated twice is itself evidence). Different owners, states, times, ends of a change or
/// nationalities keep values apart. A different number makes a conflict, so it joins only a row that is clearly
/// the same measure in the same story: the same counted thing and state, the same time, shared words.
struct FigureGrouper: Sendable {
    /// Which sources tell the same story; nil when all do.
    var stories: StoryIndex?
    var relations: MeasureRelations

    init(stories: StoryIndex? = nil, relations: MeasureRelations = MeasureRelations()) {
        self.stories = stories
        self.relations = relations
    }


    /// Groups of mention indices, in the order their first mention appears.
    func groups(_ mentions: [FigureMention]) -> [[Int]] { grouping(mentions).groups }

    /// The groups, and how many mention-to-group comparisons made them (which grows with the mentions, not with
    /// their square). Mentions of different classes never meet, so each class is grouped on its own, the classes in
    /// parallel; the groups are then put back in the order of their first mention.
    func grouping(_ mentions: [FigureMention]) -> (groups: [[Int]], comparisons: Int) {
        let words = MentionWords(mentions, relations: relations)
        var classOrder: [String] = []
        var membersByClass: [String: [Int]] = [:]
        // (`measureClass(at:)`: the computed `measureClass` of a mention in the array copied the mention.)
        for index in mentions.indices {
            let measureClass = mentions.measureClass(at: index)
            if membersByClass[measureClass] == nil { classOrder.append(measureClass) }
            membersByClass[measureClass, default: []].append(index)
        }
        let perClass = ParallelMap.map(classOrder.map { membersByClass[$0]! }) { members in
            groupingClass(members, of: mentions, words: words)
        }
        let groups = perClass.flatMap(\.groups).sorted { $0[0] < $1[0] }
        return (groups, perClass.reduce(0) { $0 + $1.comparisons })
    }

    /// Groups the mentions of one class (`members`, positions in `mentions` in corpus order): each joins the best
    /// fitting group among those that share a rare word or its value with it, or starts a new one.
    private func groupingClass(_ members: [Int], of mentions: [FigureMention],
                               words: MentionWords) -> (groups: [[Int]], comparisons: Int) {
        // The mentions read through their buffer: a probe made from `mentions[index]`'s fields, read through the array,
        // copied the whole mention (about twenty strings and arrays retained, then released) however its fields were read.
        mentions.withUnsafeBufferPointer { groupingClass(members, of: $0, words: words) }
    }

    /// `groupingClass(_:of:words:)` of the mentions in `mentions`' buffer.
    private func groupingClass(_ members: [Int], of mentions: UnsafeBufferPointer<FigureMention>,
                               words: MentionWords) -> (groups: [[Int]], comparisons: Int) {
        var groups: [Group] = []
        var postings = Postings()
        var candidates = Candidates()
        // The words of year mentions' sentences, by number (dense from 0).
        var sentenceWords = StringPlaces()
        var comparisons = 0
        var sameStory = SameStoryAnswers(stories: stories)
        // A first look at each group (`Glances`), side by side, so most candidates are ruled out without reading the group.
        var glances = Glances()
        for index in members {
            // The mention read in place, field by field (the probe keeps the few strings comparisons need).
            let probe = Probe(mentions, index, words: words, relations: relations, sentenceWords: &sentenceWords)
            let probeWords = probe.postingWords
            let valueBits = probe.value?.bitPattern
            candidates.start(groupCount: groups.count)
            candidates.add(postings.recent.suffix(FigureRules.recentGroups))
            for word in probeWords { candidates.add(postings.groups(withWord: word).suffix(FigureRules.postingReach)) }
            if let valueBits { candidates.add(postings.groups(withValue: valueBits).suffix(FigureRules.postingReach)) }
            var best: (group: Int, score: Double)?
            comparisons += candidates.groups.count
            let source = probe.source, value = probe.value
            // The candidates scored in the order they were gathered (no comparison changes another's answer); the best
            // score wins, and of equal scores the group made first, as when they were sorted to be scored in that order.
            for candidate in candidates.groups {
                if glances.rulesOut(candidate, source: source, value: value, sameStory: &sameStory) { continue }
                guard let score = score(probe, against: groups[candidate], sameStory: &sameStory) else { continue }
                if let current = best, !(score > current.score || (score == current.score && candidate < current.group)) { continue }
                best = (candidate, score)
            }
            let chosen: Int
            if let best, best.score >= FigureRules.joinScore {
                chosen = best.group
                groups[chosen].add(index, probe)
                glances.update(chosen, sources: groups[chosen].sources, adding: value)
            } else {
                chosen = groups.count
                groups.append(Group(index, probe))
                glances.append(sources: groups[chosen].sources, value: value)
            }
            postings.add(chosen, words: probeWords, value: valueBits)
        }
        return (groups.map(\.members), comparisons)
    }

    /// How well a mention fits a group; nil when it cannot belong there.
    /// (`sameStory` answers `stories.sameStory`, each pair of articles worked out once per mention's article.)
    private func score(_ probe: Probe, against group: Group, sameStory: inout SameStoryAnswers) -> Double? {
        let value = probe.value
        // Whether the mention's source is in the group, and the value it states there (nil for a vague amount).
        let sourceInGroup = group.value(statedBy: probe.source)
        if let value, let stated = sourceInGroup ?? nil, stated != value { return nil }
        if keptApart(probe, from: group) { return nil }
        if let value, let typical = group.typicalValue {
            let low = min(abs(value), abs(typical)), high = max(abs(value), abs(typical))
            if low == 0 ? high != 0 : high / low > FigureRules.maximumRatio { return nil }
        }
        let sameNumber = value.map { group.numbers.contains($0) } ?? false
        // A different number from a source not in the group: what rules it out without the words is asked first, as
        // most candidate groups of a large corpus are another story's (the answer is the same, found sooner).
        let firstSources = group.sources.prefix(3)
        if sourceInGroup == nil, !sameNumber,
           !firstSources.allSatisfy({ sameStory.sameStory($0, probe.source) }) || !differentNumberMayJoinByTime(probe, group) {
            return nil
        }
        guard let nouns = nounEvidence(probe, group, sourceInGroup: sourceInGroup != nil) else { return nil }
        let overlap = probe.overlap(with: group)
        var score = nouns + overlap
        if let event = probe.event, !group.events.isEmpty, !group.events.contains(event) { score -= FigureRules.otherEvent }
        let sharesName = !probe.names.isDisjoint(with: group.names)
        if sharesName { score += FigureRules.sharedName }
        // Two mentions of one year say the same thing only if their sentences share a word or a name.
        if probe.kind == .year, overlap == 0, !sharesName,
           group.sentenceWords.isDisjoint(with: probe.sentenceWords) { return nil }
        if sameNumber, let value { score += FigureRules.sameNumber + (Self.isSpecific(value, probe.kind) ? FigureRules.specificNumber : 0) }
        if sourceInGroup == nil {
            if !sameNumber {
                guard differentNumberMayJoin(probe, group, nouns: nouns, overlap: overlap) else { return nil }
            } else if !firstSources.contains(where: { sameStory.sameStory($0, probe.source) }) {
                // Another story's same number: the same thing said in the same words, or with a name in common
                let sameThing = nouns >= FigureRules.relatedNoun || probe.kind == .year
                guard overlap >= FigureRules.otherStoryOverlap || (sameThing && (sharesName || overlap >= FigureRules.conflictOverlap)) else { return nil }
            }
        }
        return score
    }

    /// Evidence from the measured nouns; nil when two counts name unrelated things (`rockets` and `soldiers`).
    private func nounEvidence(_ probe: Probe, _ group: Group, sourceInGroup: Bool) -> Double? {
        if probe.kind == .year {
            // A year's measured thing is what happened in it: `shelved in 2003`, `suspended in 2004`
            guard let verb = probe.yearVerb, !group.yearVerbs.isEmpty else { return FigureRules.noNoun }
            if group.yearVerbs.contains(verb) { return FigureRules.sameNoun }
            return group.hasYearVerb(relatedTo: verb, senses: probe.yearVerbSenses) ? FigureRules.relatedNoun : 0
        }
        guard let nounNumber = probe.noun, !group.nounNumbers.isEmpty else { return FigureRules.noNoun }
        if group.nounNumbers.contains(nounNumber) { return FigureRules.sameNoun }
        // (`noun` is none of the group's nouns: they relate when WordNet relates their senses.)
        if let senses = probe.nounSenses, group.nounSenses.contains(where: senses.relate(to:)) { return FigureRules.relatedNoun }
        // `55,000 pages and 55,000 files`: one source's two nouns in one clause are two measures.
        if !sourceInGroup, group.context.contains(nounNumber) || probe.contextNames(anyOf: group.nounNumbers) {
            return FigureRules.nounInContext
        }
        // A percentage or a sum is often read off a noun that is not what it measures (`25 percent on steel`).
        return probe.countsThings || probe.kind == .age ? nil : 0
    }

    /// What a different number needs before its words are weighed, besides a row of the same story (its first
    /// sources, which `score` asks just before): a time that may be the mention's, of the mention's year unless the
    /// mention names its time.
    private func differentNumberMayJoinByTime(_ probe: Probe, _ group: Group) -> Bool {
        guard group.times.allSatisfy({ FigureMention.timesMayMatch($0, probe.timeKey ?? "") }) else { return false }
        if let year = probe.year, !group.years.allSatisfy({ $0 == year }), probe.timeKey == nil { return false }
        return true
    }

    /// A different number joins only a row of the same story that is clearly the same measure: the same counted
    /// thing, the same state or time, shared words. Two years join only when their verbs agree (`shelved`,
    /// `suspended`) and their sentences share a word. (Asked after `differentNumberMayJoinByTime` said yes.)
    private func differentNumberMayJoin(_ probe: Probe, _ group: Group, nouns: Double, overlap: Double) -> Bool {
        if probe.kind == .year {
            guard let verb = probe.yearVerb, group.hasYearVerb(relatedTo: verb, senses: probe.yearVerbSenses) else { return false }
            return !group.sentenceWords.isDisjoint(with: probe.sentenceWordsBesideYearVerb)
        }
        // The same person's age needs no more words: `Ann Lee, 64` and `Ann Lee, in her 60s`
        if probe.kind == .age { return nouns >= FigureRules.sameNoun }
        // The same counted thing in the same state: `59 held` and `33 released` are two measures
        guard nouns >= FigureRules.relatedNoun, group.states.count == 1, group.states.contains(probe.state) else { return false }
        if probe.event != nil || probe.condition != nil { return true }
        if probe.timeKey != nil { return overlap >= FigureRules.conflictOverlap }
        // With nothing said to happen to it (`eight of the detainees`), most of the words must be shared.
        return overlap >= FigureRules.statelessConflictOverlap
    }

    /// Different owners (`Labour's plan`, `a Tory plan`), ends of a change (`from £60,000`, `to £150,000`),
    /// states (`alive`, `dead`), times (`this year`, `last year`) or nationalities are different measures.
    private func keptApart(_ probe: Probe, from group: Group) -> Bool {
        if otherOwner(probe, group) { return true }
        if let direction = probe.direction, !group.directions.isEmpty, !group.directions.contains(direction) { return true }
        if let condition = probe.condition, !group.conditions.isEmpty, !group.conditions.contains(condition) { return true }
        if let time = probe.timeKey, group.times.contains(where: { Self.timesDiffer($0, time) }) { return true }
        let adjectives = probe.adjectives
        if !adjectives.isEmpty, !group.adjectives.isEmpty, adjectives.isDisjoint(with: group.adjectives) { return true }
        return false
    }

    /// A number that says something by itself when two sources both state it: not a small count (`two`, `five`)
    /// nor, for a percentage, a round ten.
    static func isSpecific(_ value: Double, _ kind: Quantity.Kind) -> Bool {
        if kind == .year || value != value.rounded() { return true }
        return abs(value) > 12
    }

    /// Two times of the same kind that differ (`2003`, `2004`; `june`, `july`; `third quarter`, `fourth quarter`);
    /// a year and a month may be the same time.
    static func timesDiffer(_ lhs: String, _ rhs: String) -> Bool {
        guard !lhs.isEmpty, !rhs.isEmpty, !FigureMention.timesMayMatch(lhs, rhs) else { return false }
        let lhsYear = Int(lhs) != nil, rhsYear = Int(rhs) != nil
        let lhsMonth = MeasureVocabulary.monthWords.contains(lhs), rhsMonth = MeasureVocabulary.monthWords.contains(rhs)
        return lhsYear == rhsYear && lhsMonth == rhsMonth
    }

    /// Whether the mention names an owner none of the group's owners share a word with.
    private func otherOwner(_ probe: Probe, _ group: Group) -> Bool {
        guard let owner = probe.owner, !group.owners.isEmpty else { return false }
        return !group.owners.contains(where: { Self.sameOwner($0, owner) })
    }

    /// Owners are the same when their names share a word (`conservative party`, `conservative`).
    static func sameOwner(_ lhs: String, _ rhs: String) -> Bool {
        !Set(lhs.split(separator: " ")).isDisjoint(with: rhs.split(separator: " "))
    }

    /// A growing group: its members and what comparisons need of them. A class, so that comparing a mention with
    /// a group does not copy its sets. Words it compares often are kept as their numbers (places in a `StringPlaces`).
    private final class Group {
        var members: [Int] = []
        /// The sources of the members, in corpus order, and the value each states (nil for a vague amount): two
        /// arrays in step, searched from the end, where a mention's source almost always is, instead of a dictionary.
        var sources: [Int] = []
        var sourceValues: [Double?] = []
        /// The measured nouns, by number (a set of their strings, kept as well, hashed every noun added to it by SipHash).
        var nounNumbers = NumberSet()
        /// The WordNet senses of each of the nouns that has any.
        var nounSenses: [MeasureRelations.WordSenses] = []
        var adjectives = NumberSet()
        var context = NumberSet()
        var contextWeight = 0.0
        /// The numbers of the members' sentence words (`Probe.sentenceWords`).
        var sentenceWords = NumberSet()
        var names = NumberSet()
        var typicalValue: Double?
        // The numbers stated, the owners, ends of change and states read, the times (`""` for none) and the years. A
        // group has a few distinct ones of each, each kept once (`FewValues`): a set hashed every one added to it (by
        // SipHash), and the probe's at every comparison that asked it.
        var numbers = FewValues<Double>()
        var owners = FewValues<String>()
        var directions = FewValues<String>()
        var conditions = FewValues<String>()
        var yearVerbs: [String] = []
        /// The WordNet senses of each of `yearVerbs` (nil for one WordNet does not have), in step with them.
        var yearVerbSenses: [MeasureRelations.WordSenses?] = []
        var events = FewValues<String>()
        /// Each member's event and condition (`released|`, `|alive`, `|`).
        var states = FewValues<String>()
        var times = FewValues<String>()
        var years = FewValues<Int>()

        /// Whether one of the year verbs is `verb` or relates to it (`MeasureRelations.verbsRelate`), from the senses
        /// looked up once for each verb: the relations' dictionaries were hashed (by SipHash) for every pair compared.
        func hasYearVerb(relatedTo verb: String, senses: MeasureRelations.WordSenses?) -> Bool {
            yearVerbs.indices.contains { MeasureRelations.verbsRelate(verb, senses, yearVerbs[$0], yearVerbSenses[$0]) }
        }

        /// Nil when the source has no member; otherwise the value it states (nil for a vague amount).
        func value(statedBy source: Int) -> Double?? {
            position(of: source).map { sourceValues[$0] }
        }

        private func position(of source: Int) -> Int? {
            if sources.last == source { return sources.count - 1 }
            var low = 0, high = sources.count
            while low < high {
                let middle = (low + high) / 2
                if sources[middle] < source { low = middle + 1 } else { high = middle }
            }
            return low < sources.count && sources[low] == source ? low : nil
        }

        init(_ index: Int, _ probe: Probe) {
            add(index, probe)
        }

        func add(_ index: Int, _ probe: Probe) {
            members.append(index)
            let source = probe.source
            if let position = position(of: source) {
                if sourceValues[position] == nil { sourceValues[position] = probe.value }
            } else if let last = sources.last, last > source {
                // Mentions come in corpus order, so a new source is almost always the last: no search for its place.
                let place = sources.firstIndex { $0 > source }!
                sources.insert(source, at: place)
                sourceValues.insert(probe.value, at: place)
            } else {
                sources.append(source)
                sourceValues.append(probe.value)
            }
            if let noun = probe.noun, nounNumbers.insert(noun), let senses = probe.nounSenses { nounSenses.append(senses) }
            adjectives.formUnion(probe.adjectives)
            for (word, weight) in zip(probe.context, probe.contextWeights) where context.insert(word) {
                contextWeight += weight
            }
            for word in probe.sentenceWords { sentenceWords.insert(word) }
            names.formUnion(probe.names)
            if typicalValue == nil { typicalValue = probe.value }
            if let value = probe.value { numbers.appendOnce(value) }
            if let owner = probe.owner { owners.appendOnce(owner) }
            if let direction = probe.direction { directions.appendOnce(direction) }
            if let condition = probe.condition { conditions.appendOnce(condition) }
            if let verb = probe.yearVerb, !yearVerbs.contains(verb) {
                yearVerbs.append(verb)
                yearVerbSenses.append(probe.yearVerbSenses)
            }
            if let event = probe.event { events.appendOnce(event) }
            states.appendOnce(probe.state)
            times.appendOnce(probe.timeKey ?? "")
            if let year = probe.year { years.appendOnce(year) }
        }
    }

    /// What a mention brings to every comparison, worked out once rather than once per candidate row; its words as
    /// their numbers, so that comparing them with a group's is cheap. It keeps the few fields of the mention that
    /// comparisons read, not the mention: a copy of the whole (about twenty strings and arrays, each retained and
    /// later released) was made for every mention, and another to pass it in.
    private struct Probe {
        let kind: Quantity.Kind
        /// The number (nil for a vague amount), the mention's source and the year it belongs to.
        let value: Double?
        let source: Int
        let year: Int?
        /// The reading's event, condition, year verb, owner and end of a change (`MeasureReading`).
        let event: String?
        let condition: String?
        let yearVerb: String?
        /// The year verb's WordNet senses (`MeasureRelations.senses(ofVerb:)`), looked up once.
        let yearVerbSenses: MeasureRelations.WordSenses?
        let owner: String?
        let direction: String?
        /// The mention counts things (its class is `count`: a count or a vague amount).
        var countsThings: Bool { kind == .count || kind == .vague }
        let timeKey: String?
        let state: String
        /// The measured noun's number, and its WordNet senses.
        let noun: Int?
        let nounSenses: MeasureRelations.WordSenses?
        let names: NumberSet
        let adjectives: NumberSet
        /// The numbers of the words of the mention's sentence (a year's reading has them), and of those that are not
        /// its year verb, in a numbering of their own.
        let sentenceWords: [Int]
        let sentenceWordsBesideYearVerb: [Int]
        /// The words a group is found by, by number: the context words in the reading's order, then the measured noun
        /// (one array, where the context's was copied to append the noun for every mention).
        let postingWords: [Int]
        /// The context words' numbers (the first of `postingWords`) and weights, in the reading's order.
        var context: ArraySlice<Int> { postingWords[..<contextWeights.count] }
        let contextWeights: [Double]
        /// The summed weight of the mention's context words.
        let contextWeight: Double

        /// The probe of `mentions[index]`, whose fields are read in place (a computed property of the mention, such as
        /// `timeKey`, copied the whole mention to read it: each is worked out here from the fields it reads), its words
        /// numbered by `words`.
        init(_ mentions: UnsafeBufferPointer<FigureMention>, _ index: Int, words: MentionWords, relations: MeasureRelations,
             sentenceWords sentenceNumbering: inout StringPlaces) {
            precondition(mentions.indices.contains(index), "a member is one of the mentions")
            kind = mentions[index].quantity.kind
            value = mentions[index].value.value
            source = mentions[index].sourceIndex
            year = mentions[index].year
            event = mentions[index].reading.event
            condition = mentions[index].reading.condition
            yearVerb = mentions[index].reading.yearVerb
            yearVerbSenses = yearVerb.flatMap(relations.senses(ofVerb:))
            owner = mentions[index].reading.owner
            direction = mentions[index].reading.direction
            timeKey = FigureMention.timeKey(time: mentions[index].reading.time, year: year, yearKnown: mentions[index].yearKnown)
            state = FigureMention.state(event: event, condition: condition)
            noun = words.noun(of: index)
            nounSenses = noun.flatMap(words.senses(ofNoun:))
            // (Inserted one by one: an array of the numbers was made for each set.)
            var names = NumberSet(), adjectives = NumberSet()
            for name in words.names(of: index) { names.insert(name) }
            for adjective in words.adjectives(of: index) { adjectives.insert(adjective) }
            self.names = names
            self.adjectives = adjectives
            sentenceWords = mentions[index].reading.sentenceWords.map { sentenceNumbering.place(adding: $0).place }
            if let verb = yearVerb, kind == .year {
                let verbNumber = sentenceNumbering.place(of: verb)
                sentenceWordsBesideYearVerb = sentenceWords.filter { $0 != verbNumber }
            } else {
                sentenceWordsBesideYearVerb = []
            }
            let context = words.context(of: index)
            var postingWords: [Int] = [], contextWeights: [Double] = []
            postingWords.reserveCapacity(context.count + (noun == nil ? 0 : 1))
            contextWeights.reserveCapacity(context.count)
            for word in context {
                postingWords.append(word)
                contextWeights.append(words.weight(word))
            }
            if let noun { postingWords.append(noun) }
            self.postingWords = postingWords
            self.contextWeights = contextWeights
            contextWeight = contextWeights.reduce(0, +)
        }

        /// Whether a context word is one of `words`; a group has few nouns, so they are looked for in the context
        /// (a short array) rather than each context word hashed to look it up among them.
        func contextNames(anyOf words: NumberSet) -> Bool {
            if words.count > context.count { return !words.isDisjoint(with: context) }
            return words.contains(where: context.contains)
        }

        /// The weight of the context words the group shares over the weight of the smaller side: 1 when one side's
        /// words are all in the other.
        /// (The group's context read out of it once, and the words and weights by position: the group's set, read from
        /// the class for each word, and the zipped slices were retained and released at every word of every comparison.)
        func overlap(with group: Group) -> Double {
            let groupContext = group.context
            guard !contextWeights.isEmpty, !groupContext.isEmpty else { return 0 }
            var shared = 0.0
            for position in contextWeights.indices where groupContext.contains(postingWords[position]) {
                shared += contextWeights[position]
            }
            return shared / max(min(contextWeight, group.contextWeight), 1e-9)
        }
    }

}
