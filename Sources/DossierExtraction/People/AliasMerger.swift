/// Groups the accepted name forms into people: full names that share a surname and have compatible given names,
/// then one-word forms that only one such person carries. Near-linear: forms meet only through a surname index.
struct AliasMerger: Sendable {
    let evidence: NameEvidence
    let givenNames: GivenNames
    /// Articles where each full form occurs: two full forms seen in one article are two people.
    let articlesByForm: [String: Set<Int>]
    /// Which word of a name is the family name.
    let structure: NameStructure

    /// What the merge rules read of a full form, worked out once per form: each check of a pair worked out its
    /// given names (splitting and folding the words), generation and surname key again, for both forms.
    private struct Profile {
        /// The given names as written (`structure.parts`), and folded (`NameKey.fold`).
        let given: [String]
        let foldedGiven: [String]
        let generation: String?
        /// `surnameKey`.
        let surname: String
        /// `articlesByForm`'s articles of the form.
        let articles: Set<Int>?
    }

    private func profile(_ key: String) -> Profile {
        let words = evidence.form(ofKey: key)?.words
        let parts = words.map(structure.parts)
        let given = parts?.given ?? []
        return Profile(given: given, foldedGiven: given.map(NameKey.fold), generation: words.flatMap(NameOccurrence.generation(of:)),
                       surname: NameKey.surname(parts?.family ?? key), articles: articlesByForm[key])
    }

    /// Clusters of form keys (full names first), each a person; and the one-word forms that could not be resolved.
    func clusters(fullForms: [String]) -> [[String]] {
        clustersAndSurnames(fullForms: fullForms).clusters
    }

    /// `clusters(fullForms:)`, and the spelling index of the full forms' surname keys (`surnameKey`) it made, which the
    /// drafts read again for one-word forms (their clusters' surnames are some of these).
    func clustersAndSurnames(fullForms: [String]) -> (clusters: [[String]], surnames: SpellingIndex.Index) {
        // The forms are read by their positions in sorted order, each profiled once.
        let keys = fullForms.sorted()
        let profiles = keys.map(profile)
        let bySurname = Dictionary(grouping: keys.indices, by: { profiles[$0].surname })
        var sets = DisjointSets(keys)
        for (_, group) in bySurname.sorted(by: { $0.key < $1.key }) {
            var members = Dictionary(uniqueKeysWithValues: group.map { (keys[$0], [$0]) })
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where compatible(profiles[a], profiles[b]) {
                    // `John Smith` may be `John A. Smith` or `John B. Smith`, but never both: no union joins two forms that conflict.
                    let rootA = sets.find(keys[a]), rootB = sets.find(keys[b])
                    guard rootA != rootB, let left = members[rootA], let right = members[rootB],
                          !left.contains(where: { x in right.contains { !compatible(profiles[x], profiles[$0]) } }) else { continue }
                    sets.union(keys[a], keys[b])
                    members[sets.find(keys[a])] = left + right
                }
            }
        }
        // Surnames one slip apart (`Qasssem`/`Qassem`): the same given name joins them.
        let surnames = SpellingIndex.index(Array(bySurname.keys))
        for (first, second) in SpellingIndex.closePairs(in: surnames) {
            for a in bySurname[first] ?? [] {
                for b in bySurname[second] ?? [] where isRare(profiles[a]) || isRare(profiles[b]) {
                    if givenNamesCompatible(profiles[a], profiles[b], sameSurname: false), generationsCompatible(profiles[a], profiles[b]) {
                        sets.union(keys[a], keys[b])
                    }
                }
            }
        }
        return (sets.groups, surnames)
    }

    func surnameKey(_ key: String) -> String {
        NameKey.surname(evidence.form(ofKey: key).map { structure.parts($0.words).family } ?? key)
    }

    /// The generation the form states (`jr`, `iii`), if any.
    func generation(_ key: String) -> String? {
        evidence.form(ofKey: key).flatMap { NameOccurrence.generation(of: $0.words) }
    }

    private func compatible(_ a: Profile, _ b: Profile) -> Bool {
        generationsCompatible(a, b) && givenNamesCompatible(a, b, sameSurname: true)
    }

    /// `Roger J. Stone Jr.` is `Roger Stone` (a formal name, then the everyday one) unless the corpus tells a son from
    /// his father by writing the suffix after the surname alone (`Trump Jr.`).
    private func generationsCompatible(_ a: Profile, _ b: Profile) -> Bool {
        let x = a.generation, y = b.generation
        if NameStructure.generationsCompatible(x, y) { return true }
        guard x == nil || y == nil else { return false }
        return !structure.surnamesWrittenWithSuffix.contains(a.surname)
    }

    /// Given names of one person: the same first name, a nickname, a spelling slip, with middle names or initials
    /// on one side only (`George W. Bush`/`George Bush`, `Bibi`/`Benjamin`, `Edan`/`Idan`); never two people seen together.
    private func givenNamesCompatible(_ a: Profile, _ b: Profile, sameSurname: Bool) -> Bool {
        guard let firstX = a.given.first, let firstY = b.given.first else { return false }
        let sameFirst = a.foldedGiven[0] == b.foldedGiven[0]
        if !sameFirst {
            let variant = givenNames.areVariants(firstX, firstY)
                || (NameKey.areSpellingVariants(firstX, firstY) && givenNames.sameGenderPossible(firstX, firstY) && (isRare(a) || isRare(b)))
            guard variant, !seenTogether(a, b) else { return false }
        } else if !sameSurname, seenTogether(a, b) {
            return false
        }
        let x = a.foldedGiven, y = b.foldedGiven
        let (short, long) = x.count <= y.count ? (x.dropFirst(), y.dropFirst()) : (y.dropFirst(), x.dropFirst())
        return short.allSatisfy { word in long.contains { matches(folded: word, $0) } }
    }

    /// Two folded given names match: the same, or an initial (`j.`) and a name it may stand for.
    private func matches(folded a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.count == 2, a.hasSuffix(".") { return b.first == a.first }
        if b.count == 2, b.hasSuffix(".") { return a.first == b.first }
        return false
    }

    /// A slip is rare: two spellings that are both in several sources are more likely two people (`Davis`, `Davies`).
    private func isRare(_ form: Profile) -> Bool {
        (form.articles?.count ?? 0) <= 1
    }

    private func seenTogether(_ a: Profile, _ b: Profile) -> Bool {
        guard let x = a.articles, let y = b.articles else { return false }
        return !x.isDisjoint(with: y)
    }
}

/// Union-find over string keys, with groups in a stable order.
struct DisjointSets {
    private var parent: [String: String] = [:]
    private let order: [String]

    init(_ keys: [String]) {
        order = keys
        for key in keys { parent[key] = key }
    }

    mutating func find(_ key: String) -> String {
        var root = key
        while let next = parent[root], next != root { root = next }
        var node = key
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    mutating func union(_ a: String, _ b: String) {
        let x = find(a), y = find(b)
        if x != y { parent[max(x, y)] = min(x, y) }
    }

    /// Each group's keys in input order; groups ordered by their first key.
    var groups: [[String]] {
        var copy = self
        var byRoot: [String: [String]] = [:]
        var roots: [String] = []
        for key in order {
            let root = copy.find(key)
            if byRoot[root] == nil { roots.append(root) }
            byRoot[root, default: []].append(key)
        }
        return roots.map { byRoot[$0]! }
    }
}

/// Finds strings one edit apart through their one-deletion variants, without comparing all pairs.
enum SpellingIndex {
    /// The keys of at least five characters by each of their one-deletion variants (`deletions`): the variants are
    /// found by `StringPlaces` (hashed eight bytes at a time), and each has the keys it comes from, sorted, each once.
    /// A dictionary of the variants hashed each by SipHash, and each key's variants were a set, hashed again.
    struct Index: Sendable {
        var variants = StringPlaces()
        var keysOfVariant: [[String]] = []

        /// The keys `variant` comes from (none for a variant of no key).
        func keys(of variant: String) -> [String] {
            variants.place(of: variant).map { keysOfVariant[$0] } ?? []
        }
    }

    /// Pairs (sorted) of distinct keys at most one edit apart, each key at least five letters long.
    static func closePairs(_ keys: [String]) -> [(String, String)] {
        closePairs(in: index(keys))
    }

    /// `closePairs` of the keys of an index (`index(_:)`).
    static func closePairs(in index: Index) -> [(String, String)] {
        var pairs = Set<[String]>()
        for group in index.keysOfVariant where group.count > 1 && group.count < 20 {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where a != b && NameKey.distance(a, b, limit: 1) <= 1 {
                    pairs.insert([min(a, b), max(a, b)])
                }
            }
        }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
    }

    /// The key itself and every string with one character removed.
    static func deletions(_ key: String) -> Set<String> {
        asciiDeletions(key) ?? characterDeletions(key)
    }

    /// `deletions` by Characters, for any key.
    static func characterDeletions(_ key: String) -> Set<String> {
        let characters = Array(key)
        var out: Set<String> = [key]
        for index in characters.indices {
            var copy = characters
            copy.remove(at: index)
            out.insert(String(copy))
        }
        return out
    }

    /// `deletions` of an ASCII key (nil for any other), cut from its bytes: each byte is one of its characters, and a
    /// string made of bytes is made without an array of characters for each deletion.
    static func asciiDeletions(_ key: String) -> Set<String>? {
        var found: Set<String> = []
        guard forEachASCIIDeletion(of: key, { found.insert($0) }) else { return nil }
        return found
    }

    /// Calls `body` with the key and each string with one byte of it removed (a string may come more than once, as
    /// `aa` from `aab` twice), when the key is ASCII: false, and no call, for any other key.
    private static func forEachASCIIDeletion(of key: String, _ body: (String) -> Void) -> Bool {
        var key = key
        return key.withUTF8 { bytes -> Bool in
            // A carriage return before a line feed is one character of two bytes; no other ASCII bytes join.
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return false }
            body(String(decoding: bytes, as: UTF8.self))
            for index in bytes.indices {
                body(String(unsafeUninitializedCapacity: bytes.count - 1) { copy in
                    var next = 0
                    for other in bytes.indices where other != index {
                        copy[next] = bytes[other]
                        next += 1
                    }
                    return next
                })
            }
            return true
        }
    }

    /// Calls `body` with each of `deletions(key)`, a string perhaps more than once.
    private static func forEachDeletion(of key: String, _ body: (String) -> Void) {
        if !forEachASCIIDeletion(of: key, body) { characterDeletions(key).forEach(body) }
    }

    /// The variants of the keys (each once) of at least five characters.
    static func index(_ keys: [String]) -> Index {
        var index = Index()
        for key in Set(keys).sorted() where key.count >= 5 {
            forEachDeletion(of: key) { variant in
                let (place, isNew) = index.variants.place(adding: variant)
                if isNew { index.keysOfVariant.append([key]) }
                // The keys come in order, so a key met again for one variant (`aab` gives `aa` twice) is the last one.
                else if index.keysOfVariant[place].last != key { index.keysOfVariant[place].append(key) }
            }
        }
        return index
    }

    /// Keys of the index within one edit of `key` (not `key` itself), sorted; `among`: only those it allows.
    static func near(_ key: String, in index: Index, among: (String) -> Bool = { _ in true }) -> [String] {
        guard key.count >= 5 else { return [] }
        var found = Set<String>()
        forEachDeletion(of: key) { variant in
            for candidate in index.keys(of: variant) where candidate != key && among(candidate) && NameKey.distance(candidate, key, limit: 1) <= 1 {
                found.insert(candidate)
            }
        }
        return found.sorted()
    }
}
