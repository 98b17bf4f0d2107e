/// A person before assembly: the occurrences that name them, and what the user's curation set.
struct PersonDraft: Sendable {
    var occurrences: [Int]
    var name: String?
    var role: String?
    /// Form keys the user added as aliases: never the display name while the text has another form.
    var addedForms: Set<String> = []
}

/// The people of the corpus as groups of occurrences: merged full names, then the one-word forms they own.
struct PersonDrafts: Sendable {
    let occurrences: [NameOccurrence]
    var drafts: [PersonDraft] = []
    /// The evidence the drafts were made from, which finds a key's place (`NameEvidence.place(ofKey:)`).
    private let evidence: NameEvidence
    /// Every occurrence of each form key, accepted or not, by the key's place in `evidence.keys`.
    private let indicesOfKey: [[Int]]

    /// Every occurrence of a form key, accepted or not (curation may add a form by name); nil for a key of no
    /// occurrence. Found by the key's place: a dictionary of every key of the corpus was made (each hashed by SipHash)
    /// for the few keys a curation file names, and for the clusters' members.
    func occurrences(ofKey key: String) -> [Int]? {
        evidence.place(ofKey: key).map { indicesOfKey[$0] }
    }

    /// `evidence`: the evidence of these same occurrences, whose places of their keys group them here. `articleCount`:
    /// more than the largest article of any occurrence (the corpus's articles).
    init(occurrences: [NameOccurrence], evidence: NameEvidence, givenNames: GivenNames, articleCount: Int) {
        precondition(evidence.placeOfOccurrence.count == occurrences.count, "the evidence of other occurrences")
        self.occurrences = occurrences
        // Each occurrence grouped by its key's place, as the evidence found it (`NameEvidence.placeOfOccurrence`), and the
        // dictionary made once from the places: no key is hashed at every occurrence (a `StringPlaces` here did it again).
        var indicesOfKey = Array(repeating: [Int](), count: evidence.keys.count)
        for index in occurrences.indices { indicesOfKey[evidence.placeOfOccurrence[index]].append(index) }
        self.evidence = evidence
        self.indicesOfKey = indicesOfKey

        // Each key's verdict worked out once (the clusters' check below asked it again of every full form), by its place:
        // the keys in the order first met, not the dictionary's, which the merger sorts and the structure reads as sets.
        var strongForms = Set<String>()
        var fullForms: [String] = []
        var fullFormPlaces: [Int] = []
        for place in evidence.keys.indices {
            let verdict = evidence.verdict(atPlace: place)
            guard verdict != .rejected else { continue }
            if verdict == .strong { strongForms.insert(evidence.keys[place]) }
            fullForms.append(evidence.keys[place])
            fullFormPlaces.append(place)
        }
        // The articles of the forms the merger reads (the full forms), not of every key (most are rejected).
        let articlesByForm = Dictionary(uniqueKeysWithValues: fullFormPlaces.map { place in
            (evidence.keys[place], Set(indicesOfKey[place].map { occurrences[$0].article }))
        })
        let structure = NameStructure(evidence: evidence, fullFormPlaces: fullFormPlaces)
        let merger = AliasMerger(evidence: evidence, givenNames: givenNames, articlesByForm: articlesByForm, structure: structure)
        let (allClusters, fullFormSurnames) = merger.clustersAndSurnames(fullForms: fullForms)
        let clusters = allClusters.filter { group in
            group.contains(where: strongForms.contains)
        }
        var clusterOfKey: [String: Int] = [:]
        var clustersBySurname: [String: Set<Int>] = [:]
        for (index, group) in clusters.enumerated() {
            for key in group {
                clusterOfKey[key] = index
                clustersBySurname[merger.surnameKey(key), default: []].insert(index)
            }
        }
        var members = clusters.map { group in group.flatMap { evidence.place(ofKey: $0).map { indicesOfKey[$0] } ?? [] } }
        // The clusters present in each article, by article (an array: a dictionary hashed the article at every member).
        // The article count is the caller's: finding it read every occurrence (each on a cache line of its own) once more.
        var present = Array(repeating: Set<Int>(), count: articleCount)
        /// The sentence where each cluster's full name first appears in each article (by cluster, an array).
        var introduced = Array(repeating: [Int: Int](), count: members.count)
        for (cluster, indices) in members.enumerated() {
            for index in indices {
                // The two fields read in place: a copy of the occurrence retains and releases its strings and arrays.
                let article = occurrences[index].article, sentence = occurrences[index].sentence
                present[article].insert(cluster)
                introduced[cluster][article] = min(introduced[cluster][article] ?? .max, sentence)
            }
        }
        let clusterSources = members.map { Set($0.map { occurrences[$0].article }).count }
        // The surname key of each distinct last word, made once (found by `StringPlaces`), not at every occurrence; the
        // articles gathered by last word's place, and the last words by surname key, so no key is hashed at every
        // occurrence. The articles are lists, each article once (the occurrences come in article order): only a slip's
        // occurrences ask them (`surnameIsIn`), where a set of every last word's articles hashed every occurrence's.
        var lastWords = StringPlaces()
        var surnames: [String] = []
        var articlesOfLastWord: [[Int]] = []
        for index in occurrences.indices {
            guard let last = occurrences[index].nameWords.last else { continue }
            let (place, isNew) = lastWords.place(adding: last)
            if isNew {
                surnames.append(NameKey.surname(last))
                articlesOfLastWord.append([])
            }
            if articlesOfLastWord[place].last != occurrences[index].article { articlesOfLastWord[place].append(occurrences[index].article) }
        }
        var lastWordsBySurname: [String: [Int]] = [:]
        for (place, surname) in surnames.enumerated() { lastWordsBySurname[surname, default: []].append(place) }
        /// Whether an occurrence in `article` has a last word with this surname key.
        func surnameIsIn(_ surname: String, article: Int) -> Bool {
            lastWordsBySurname[surname]?.contains { articlesOfLastWord[$0].contains(article) } == true
        }
        var standalone: [String: [Int]] = [:]
        let firstWords = Set(clusters.joined().compactMap { evidence.form(ofKey: $0)?.nameWords.first.map(NameKey.fold) })
        // The first generation a member states, by a loop: a lazy `compactMap(merger.generation)` kept a copy of the merger
        // (its evidence's tables retained and released) for each cluster.
        let generations = clusters.map { group -> String? in
            for key in group {
                if let generation = merger.generation(key) { return generation }
            }
            return nil
        }
        // Each cluster's gender (its first given name's) is worked out when an honorific first asks it, and kept: only a
        // bare surname after `Mr`/`Mrs` among several bearers reads it, where every cluster's was made (each form copied
        // out of the dictionary and its name parts read).
        var genders = Array(repeating: Character??.none, count: clusters.count)
        // The first given name by a loop: a lazy `compactMap` kept a copy of the evidence and the structure.
        func genderOfCluster(_ cluster: Int) -> Character? {
            if let known = genders[cluster] { return known }
            var given: String?
            for key in clusters[cluster] {
                guard let place = evidence.place(ofKey: key), let first = structure.parts(evidence.formsByPlace[place].words).given.first else { continue }
                given = first
                break
            }
            let found = given.flatMap(givenNames.gender)
            genders[cluster] = .some(found)
            return found
        }
        let byGivenName = ClustersByGivenName(members, occurrences: occurrences, articleCount: articleCount)
        // The one-word keys in the order first met, not sorted (every key of the corpus was): a key adds only its own
        // occurrences, to a person's (whose are sorted below) or to its own list (the lists sorted by key below), and
        // reads nothing another key adds, so the order the keys are read in changes nothing.
        for (key, indices) in zip(evidence.keys, indicesOfKey) {
            let names = occurrences[indices[0]].nameWords
            guard names.count == 1 else { continue }
            let surname = NameKey.surname(names[0])
            // Asked once for the key (the loop over its occurrences below asked it of each royal one again).
            let isGivenName = givenNames.contains(names[0])
            if isGivenName {
                let royal = indices.filter { occurrences[$0].cues.royalTitle }
                if !royal.isEmpty, Self.standsAlone(key, names[0], evidence: evidence, royal: true) { standalone[key, default: []] += royal }
                if clustersBySurname[surname] == nil {
                    // `Sir John` after `Sir John Bourn`, `Ellen said` after `Ellen Simonetti`: the one person of the article
                    // with that given name; a lone given name is nobody a reader could find.
                    // `spokesman Mansour said`: a surname that is also a given name, unless the text uses it as one (`Sir John`).
                    // `President Vladimir` where the corpus has `Vladimir Putin`: a given name cut short after a title is no whole name.
                    let alone = Self.standsAlone(key, names[0], evidence: evidence) && !indices.contains { occurrences[$0].cues.knighted }
                        && ((evidence.form(ofKey: key)?.untitledStrongCount ?? 0) > 0 || !firstWords.contains(key))
                    let givenName = byGivenName.place(ofFolded: key)
                    for index in indices where !occurrences[index].cues.royalTitle {
                        if let givenName, let owner = byGivenName.onlyCluster(named: givenName, in: occurrences[index].article) { members[owner].append(index) }
                        else if alone { standalone[key, default: []].append(index) }
                    }
                    continue
                }
            }
            var candidates = clustersBySurname[surname] ?? []
            var nearSurnames: [String] = []
            if candidates.isEmpty, indices.count <= 2, !isGivenName {
                // The clusters' surnames are some of the full forms' (whose index the merger made): the near ones of those.
                nearSurnames = SpellingIndex.near(surname, in: fullFormSurnames, among: { clustersBySurname[$0] != nil })
                    .filter { $0 != surname + "s" && surname != $0 + "s" }
                for near in nearSurnames { candidates.formUnion(clustersBySurname[near] ?? []) }
            }
            candidates = Self.sameGeneration(candidates, as: NameOccurrence.generation(of: occurrences[indices[0]].words), generations: generations)
            let canBeSurname = evidence.canBeSurname(key)
            for index in indices where !(isGivenName && occurrences[index].cues.royalTitle) {
                // A slip (`Qasssem`) joins only where the article also has the right spelling (`Qassem`).
                if !nearSurnames.isEmpty, !nearSurnames.contains(where: { surnameIsIn($0, article: occurrences[index].article) }) {
                    if Self.standsAlone(key, names[0], evidence: evidence) { standalone[key, default: []].append(index) }
                    continue
                }
                var inArticle = candidates.intersection(present[occurrences[index].article])
                if let gender = occurrences[index].cues.honorificGender {
                    // `Mrs. Clinton` beside Bill and Hillary Clinton: the honorific says which, and `Mr.` is never the wife.
                    // By a loop: `filter` with a closure calling `genderOfCluster` copied the evidence and the structure it
                    // reads, at every such occurrence.
                    for cluster in inArticle {
                        if let found = genderOfCluster(cluster), found != gender { inArticle.remove(cluster) }
                    }
                } else if candidates.count > 1 {
                    // `Trump` in an article that names only `Melania Trump`: a bare surname shared by a family is its best-known
                    // bearer's, if that one is in the article and has been introduced before it; otherwise it stays unresolved.
                    let article = occurrences[index].article
                    let leading = Self.mostProminent(candidates, sources: clusterSources)
                    inArticle = inArticle.filter { $0 == leading && occurrences[index].sentence >= (introduced[$0][article] ?? 0) }
                }
                if inArticle.count == 1, canBeSurname { members[inArticle.first!].append(index) }
                else if candidates.count == 1, canBeSurname,
                        (evidence.form(ofKey: key)?.personContexts ?? 0) * 3 >= indices.count || clusterSources[candidates.first!] >= 2 {
                    members[candidates.first!].append(index)
                }
                else if candidates.isEmpty, Self.standsAlone(key, names[0], evidence: evidence) { standalone[key, default: []].append(index) }
            }
        }
        drafts = members.map { PersonDraft(occurrences: $0.sorted()) }
        drafts += standalone.sorted { $0.key < $1.key }.map { PersonDraft(occurrences: $0.value) }
    }

    /// The bearer of a shared surname found in clearly more sources than any other (`Donald` among the Trumps), if one is.
    private static func mostProminent(_ candidates: Set<Int>, sources: [Int]) -> Int? {
        guard candidates.count > 1 else { return nil }
        let ranked = candidates.sorted { sources[$0] != sources[$1] ? sources[$0] > sources[$1] : $0 < $1 }
        return sources[ranked[0]] > sources[ranked[1]] ? ranked[0] : nil
    }

    /// The people a surname alone may name, by the generation it states: `Trump Jr.` is the son; a bare `Trump`
    /// is the father when the corpus has both (English names the son by his suffix).
    private static func sameGeneration(_ candidates: Set<Int>, as generation: String?, generations: [String?]) -> Set<Int> {
        if let generation { return candidates.filter { generations[$0] == generation } }
        let unmarked = candidates.filter { NameStructure.generationsCompatible(generations[$0], nil) }
        return unmarked.isEmpty ? candidates : unmarked
    }

    /// A one-word name that no full name carries is a person only on strong evidence (`Mr Smith`; `the consul, Akunis, told`).
    /// A word also written in lowercase needs an honorific: a title alone makes brands and characters (`General Electric`,
    /// `Captain Scarlet`).
    private static func standsAlone(_ key: String, _ word: String, evidence: NameEvidence, royal: Bool = false) -> Bool {
        guard word.characterCount > 2, let form = evidence.form(ofKey: key), form.strongAsOneWord,
              form.strongCount * PeopleRules.standAloneStrongShare >= form.count else { return false }
        if evidence.isEverLowercase(word), form.honorificCount == 0 { return false }
        if !royal, form.beyondTitleCount == 0 { return false }
        return !evidence.isNonPersonWord(word) && !evidence.isCommonWord(word) && !evidence.isGroupOrPlaceWord(word)
            && !NameLexicon.nonPersonSuffixes.contains(NameKey.fold(word)) && !NameLexicon.titles.contains(NameKey.fold(word))
    }
}

/// For each article, the clusters present in it by folded first given name (of their members with two name words or
/// more): which cluster a lone given name there belongs to. The folded names are kept at places (`StringPlaces`), each
/// distinct first word folded once, and each article has a short list of its (name, cluster) pairs: a dictionary by
/// article of dictionaries by folded name folded the first word and hashed it (by SipHash) at every member occurrence.
struct ClustersByGivenName {
    /// The folded first given names, at places.
    private var names = StringPlaces()
    /// By article, its (name place, cluster) pairs, each once.
    private var pairs: [[(name: Int, cluster: Int)]]

    /// `members`: each cluster's occurrences; `articleCount`: more than the largest article of any occurrence.
    init(_ members: [[Int]], occurrences: [NameOccurrence], articleCount: Int) {
        pairs = Array(repeating: [], count: articleCount)
        // Each distinct first word as written, and the place of its folded form.
        var written = StringPlaces()
        var nameOfWritten: [Int] = []
        for (cluster, indices) in members.enumerated() {
            for index in indices {
                guard occurrences[index].nameWords.count >= 2 else { continue }
                let (place, isNew) = written.place(adding: occurrences[index].nameWords[0])
                if isNew { nameOfWritten.append(names.place(adding: NameKey.fold(occurrences[index].nameWords[0])).place) }
                let pair = (name: nameOfWritten[place], cluster: cluster)
                let article = occurrences[index].article
                if !pairs[article].contains(where: { $0 == pair }) { pairs[article].append(pair) }
            }
        }
    }

    /// The place of a folded given name, nil for one no cluster's member starts with.
    func place(ofFolded name: String) -> Int? {
        names.place(of: name)
    }

    /// The one cluster present in `article` with the given name at `name` (its place), nil for none or several.
    func onlyCluster(named name: Int, in article: Int) -> Int? {
        var found: Int?
        for pair in pairs[article] where pair.name == name {
            guard found == nil else { return nil }
            found = pair.cluster
        }
        return found
    }
}
