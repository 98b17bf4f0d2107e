import DossierCore
import DossierLanguage

/// Turns drafts into `Person` values: display name, aliases, roles by source, mentions, quotes,
/// the people mentioned alongside; ordered by prominence with unique slugs.
struct PersonAssembler: Sendable {
    let articles: [Article]
    /// Each article's sentences.
    let sentences: [[Sentence]]
    let drafts: PersonDrafts
    let givenNames: GivenNames

    func people() -> [Person] {
        let kept = drafts.drafts.filter { !$0.occurrences.isEmpty }
        let quotes = quotesByDraft(kept, sentences: sentences)
        // Each person made apart from the others, in parallel (this was a serial stretch at the end of the people pass).
        var people = ParallelMap.map(Array(kept.indices)) { index in
            person(kept[index], quotes: quotes[index] ?? [], sentences: sentences)
        }
        // Counted once: a person's sources are made from all their mentions each time they are asked for.
        let sourceCounts = people.map(\.sources.count)
        let order = people.indices.sorted { a, b in
            if sourceCounts[a] != sourceCounts[b] { return sourceCounts[a] > sourceCounts[b] }
            if people[a].mentions.count != people[b].mentions.count { return people[a].mentions.count > people[b].mentions.count }
            return people[a].name < people[b].name
        }
        let ids = Slug.unique(order.map { people[$0].name }, fallback: "person")
        var idOfDraft = Array(repeating: "", count: people.count)
        for (position, index) in order.enumerated() { idOfDraft[index] = ids[position] }
        let alongside = alongsideByDraft(kept)
        for index in people.indices {
            people[index].id = idOfDraft[index]
            people[index].alongside = alongside[index].map { idOfDraft[$0] }
        }
        return order.map { people[$0] }
    }

    /// The draft's occurrences are read in place, by their indices: an array of copies (three before) retained and
    /// released every occurrence's strings and arrays.
    private func person(_ draft: PersonDraft, quotes: [Quote], sentences: [[Sentence]]) -> Person {
        let occurrences = drafts.occurrences
        // Each occurrence's form made once, from its words read in place (the `form` getter copied the whole occurrence,
        // and the display name made every form again).
        let forms = draft.occurrences.map { NameOccurrence.form(of: occurrences[$0].words) }
        var mentions = zip(draft.occurrences, forms).map { index, form in
            Mention(form: form, reference: reference(article: occurrences[index].article, sentence: occurrences[index].sentence, sentences))
        }
        mentions.sort { ($0.reference, $0.form) < ($1.reference, $1.form) }
        let own = draft.occurrences.indices.filter { !draft.addedForms.contains(occurrences[draft.occurrences[$0]].key) }
        let name = draft.name ?? displayName(own.isEmpty ? Array(draft.occurrences.indices) : own, of: draft, forms: forms)
        // The other forms, each once, in order (none, and nothing made, for a person named one way).
        var aliases: [String] = []
        if forms.contains(where: { $0 != name }) {
            aliases = forms.sortedOnce()
            aliases.removeAll { $0 == name }
        }
        var roles: [Role] = []
        var seen = Set<String>()
        if let role = draft.role, let first = mentions.first {
            roles.append(Role(text: role, reference: first.reference))
            seen.insert("*" + NameKey.fold(role))
        }
        // In reading order (sorted once, as indices: the same order as the occurrences sorted themselves).
        let inOrder = draft.occurrences.sorted {
            (occurrences[$0].article, occurrences[$0].sentence) < (occurrences[$1].article, occurrences[$1].sentence)
        }
        let rolesInOrder = inOrder.map { rolePhrases(ofOccurrence: $0, sentences) }
        var textRoles: [Role] = []
        for (index, found) in zip(inOrder, rolesInOrder) where !found.isEmpty {
            let ref = reference(article: occurrences[index].article, sentence: occurrences[index].sentence, sentences)
            for text in found where seen.insert(ref.source + "|" + NameKey.fold(text)).inserted {
                textRoles.append(Role(text: text, reference: ref))
            }
        }
        roles += Self.byAttestation(textRoles)
        let sources = Set(draft.occurrences.map { occurrences[$0].article }).count
        let evidence = PersonEvidence.list(inOrder, of: occurrences, firstRole: rolesInOrder.lazy.joined().first, draft: draft, sources: sources,
                                           givenNames: givenNames)
        return Person(id: "", name: name, aliases: aliases, roles: roles, mentions: mentions, quotes: quotes, evidence: evidence)
    }

    /// Roles with the main one first: a role that says what the person is (`Wales captain`) before a bare relation
    /// (`rival`, `partner`), then the wording most sources use, then the order of the sources.
    static func byAttestation(_ roles: [Role]) -> [Role] {
        var sources: [String: Set<String>] = [:]
        for role in roles { sources[NameKey.fold(role.text), default: []].insert(role.reference.source) }
        func rank(_ role: Role) -> [Int] {
            let words = role.text.split(separator: " ")
            let bare = words.count == 1 && relationNouns.contains(NameKey.fold(role.text))
            return [bare ? 0 : 1, sources[NameKey.fold(role.text)]?.count ?? 0]
        }
        return roles.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra.lexicographicallyPrecedes(rb, by: >) : a.offset < b.offset
        }.map(\.element)
    }

    /// Nouns that relate a person to someone else rather than say what they do.
    private static let relationNouns: Set<String> = WordList.relationNouns.words

    /// The role phrases the text attaches to an occurrence (`Egyptian Foreign Minister`, `a commentator affiliated with
    /// Hamas`), read from its sentence's tokens here, for the people kept: the name finder read them for every run.
    /// (`index`: the occurrence's position in `drafts.occurrences`, whose fields are read in place.)
    /// (The sentence read in place through its article's buffer: read through the two arrays, it was copied, its
    /// strings and tokens retained and released, for every occurrence of every person.)
    private func rolePhrases(ofOccurrence index: Int, _ sentences: [[Sentence]]) -> [String] {
        let occurrences = drafts.occurrences
        let sentence = occurrences[index].sentence
        return sentences[occurrences[index].article].withUnsafeBufferPointer { articleSentences in
            precondition(articleSentences.indices.contains(sentence), "an occurrence is in one of its article's sentences")
            return RolePhrases.roles(articleSentences[sentence].tokens,
                                     runStart: occurrences[index].runStart, nameStart: occurrences[index].tokenRange.lowerBound,
                                     end: occurrences[index].tokenRange.upperBound)
        }
    }

    private func reference(article: Int, sentence: Int, _ sentences: [[Sentence]]) -> SentenceReference {
        SentenceReference(source: articles[article].id, sentence: sentences[article][sentence].id)
    }

    /// The fullest well-attested form: a full name, not a nickname of another, from most sources not flagged
    /// as machine translations, then most sources, then the most words, then the strongest evidence
    /// (`The spokesman, X, said` over a garbled run), then most mentions, then the longest.
    /// `found`: positions in the draft's occurrences; `forms`: the form of each of the draft's occurrences.
    private func displayName(_ found: [Int], of draft: PersonDraft, forms: [String]) -> String {
        // A person the text names one way only (most people of a corpus) has that form: nothing to rank.
        if let first = found.first, found.allSatisfy({ forms[$0] == forms[first] }) { return forms[first] }
        let occurrences = drafts.occurrences
        var stats: [String: FormStatistics] = [:]
        for position in found {
            let index = draft.occurrences[position]
            let article = occurrences[index].article
            // Counted in the dictionary's entry in place: a copy of the entry, set back, copied its sets at each insert.
            stats[forms[position], default: FormStatistics(words: occurrences[index].words)].add(
                article: article, isClean: !articles[article].flags.contains(where: { $0.kind == "machine-translated" }),
                evidence: occurrences[index].cues.personScore)
        }
        let firstNames = Set(stats.values.compactMap { NameOccurrence.nameWords(of: $0.words).count >= 2 ? $0.words.first : nil })
        func rank(_ form: String) -> [Int] {
            let entry = stats[form]!
            let names = NameOccurrence.nameWords(of: entry.words)
            let nickname = names.count >= 2 && firstNames.contains { NameKey.isNicknameShape(NameKey.fold(names[0]), of: NameKey.fold($0)) }
            return [names.count >= 2 ? 1 : 0, nickname ? 0 : 1, entry.clean.count, entry.sources.count, NameOccurrence.key(of: names).split(separator: " ").count, entry.evidence, entry.count, form.count]
        }
        // Each form ranked once (not at every comparison of the sort); the best is the first the sort would give.
        let ranked = stats.keys.map { (form: $0, rank: rank($0)) }
        return ranked.min { a, b in
            a.rank != b.rank ? a.rank.lexicographicallyPrecedes(b.rank, by: >) : a.form < b.form
        }?.form ?? ""
    }

    /// What the display name weighs of one form: its sources (all, and those not machine-translated), its
    /// occurrences, its strongest evidence, and the words of its first occurrence.
    private struct FormStatistics {
        var sources = Set<Int>()
        var clean = Set<Int>()
        var count = 0
        var evidence = Int.min
        let words: [String]

        init(words: [String]) { self.words = words }

        mutating func add(article: Int, isClean: Bool, evidence: Int) {
            sources.insert(article)
            if isClean { clean.insert(article) }
            count += 1
            self.evidence = max(self.evidence, evidence)
        }
    }

    private func quotesByDraft(_ kept: [PersonDraft], sentences: [[Sentence]]) -> [Int: [Quote]] {
        var mentionsByArticle: [Int: [QuoteFinder.Mention]] = [:]
        // The occurrences' fields read in place (a copy of each retained and released its strings and arrays).
        let occurrences = drafts.occurrences
        for (index, draft) in kept.enumerated() {
            for found in draft.occurrences {
                mentionsByArticle[occurrences[found].article, default: []].append(
                    QuoteFinder.Mention(sentence: occurrences[found].sentence, tokenRange: occurrences[found].tokenRange, person: index))
            }
        }
        let finder = QuoteFinder()
        let mentions = mentionsByArticle
        let found = ParallelMap.map(Array(articles.indices)) { article in
            finder.quotes(sentences: sentences[article], mentions: mentions[article] ?? [])
        }
        var byDraft: [Int: [Quote]] = [:]
        for (article, quotes) in found.enumerated() {
            for quote in quotes {
                let ref = SentenceReference(source: articles[article].id, sentence: sentences[article][quote.sentence].id)
                byDraft[quote.person, default: []].append(Quote(text: quote.text, reference: ref))
            }
        }
        return byDraft
    }

    /// The people most often found in the same sources, up to eight, by position in `kept` (none for a person found
    /// with nobody).
    ///
    /// Counted in arrays by position: each article's people (each once), each person's articles, and for one person at
    /// a time the others of their articles tallied in one array of counts, reset after. A dictionary of dictionaries,
    /// keyed by person, hashed both people of every pair of every article (up to 60 people an article), and the sets of
    /// each article's people hashed every occurrence.
    private func alongsideByDraft(_ kept: [PersonDraft]) -> [[Int]] {
        let occurrences = drafts.occurrences
        var byArticle = Array(repeating: [Int](), count: articles.count)
        var articlesOf = Array(repeating: [Int](), count: kept.count)
        for (index, draft) in kept.enumerated() {
            for occurrence in draft.occurrences {
                let article = occurrences[occurrence].article
                // A person's occurrences are read one after the other: one already in this article is its list's last.
                guard byArticle[article].last != index else { continue }
                byArticle[article].append(index)
                articlesOf[index].append(article)
            }
        }
        var alongside = Array(repeating: [Int](), count: kept.count)
        var counts = Array(repeating: 0, count: kept.count)
        var met: [Int] = []
        for person in kept.indices {
            for article in articlesOf[person] where byArticle[article].count <= PeopleRules.alongsideArticleLimit {
                for other in byArticle[article] where other != person {
                    if counts[other] == 0 { met.append(other) }
                    counts[other] += 1
                }
            }
            guard !met.isEmpty else { continue }
            met.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            alongside[person] = Array(met.prefix(PeopleRules.alongsideShown))
            for other in met { counts[other] = 0 }
            met.removeAll(keepingCapacity: true)
        }
        return alongside
    }
}
