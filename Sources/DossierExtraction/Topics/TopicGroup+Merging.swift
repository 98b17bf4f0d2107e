import DossierCore
/// Topics that are one thing under two names join: nouns WordNet gives one sense (`lawsuit`, `suit`), and topics
/// that end up with the same name or named by another's keyword (`Agreement` named `Nuclear agreement`).
extension TopicGroup {
    /// Each discovered group whose word is a synonym of the head word of a stronger group's name joins that group
    /// (`suit` joins `lawsuit`). Groups are in score order.
    /// Each kept group's head word is looked up in WordNet once, when it is kept (a group's first key never changes),
    /// not again for every weaker group compared with it.
    static func mergingSynonyms(_ groups: [TopicGroup], statistics: PhraseStatistics, senses: TopicWordSenses) -> [TopicGroup] {
        var result: [TopicGroup] = []
        // By place in `result`: the senses of a discovered group's head word; nil for a defined group or no head word.
        var heads: [TopicWordSenses.SynonymSenses?] = []
        for group in groups {
            guard !group.isDefined, let word = singleWord(group.keys[0], statistics).map(senses.synonymSenses(of:)),
                  let index = result.indices.first(where: { stronger in
                      !result[stronger].isDefined && heads[stronger].map { TopicWordSenses.areSynonyms($0, word) } == true
                  }) else {
                heads.append(group.isDefined ? nil : headWord(group.keys[0], statistics).map(senses.synonymSenses(of:)))
                result.append(group)
                continue
            }
            result[index].keys.append(contentsOf: group.keys.filter { !result[index].keys.contains($0) })
            result[index].score = max(result[index].score, group.score)
        }
        return result
    }

    /// A discovered group named as a stronger one is, by a keyword of a stronger one, or by a phrase with the same
    /// head and more or fewer words before it (`Nuclear agreement`, `Iran nuclear agreement`), joins it.
    static func mergingSameNames(_ groups: [TopicGroup], statistics: PhraseStatistics) -> [TopicGroup] {
        var result: [TopicGroup] = []
        var byName: [String: Int] = [:]
        for group in groups {
            let name = group.name(statistics).lowercased()
            if !group.isDefined, let index = byName[name] ?? result.firstIndex(where: { stronger in
                !stronger.isDefined && (stronger.keys.contains(group.keys[0]) || sharesHead(stronger.keys[0], group.keys[0], statistics))
            }) {
                result[index].absorb(group)
                continue
            }
            if !group.isDefined { byName[name] = result.count }
            result.append(group)
        }
        return result
    }

    /// One phrase ends the other, both of more than one word (`nuclear agreement`, `iran nuclear agreement`).
    private static func sharesHead(_ lhs: String, _ rhs: String, _ statistics: PhraseStatistics) -> Bool {
        guard let left = statistics[lhs]?.words, let right = statistics[rhs]?.words,
              hasSeveralWords(left), hasSeveralWords(right), left != right else { return false }
        return endsIn(left, words: right) || endsIn(right, words: left)
    }

    /// Whether a phrase's spaced words hold a space: asked of its bytes when they are ASCII (nearly every phrase), where
    /// `contains(" ")` went through Foundation and an `NSString` made for every pair of groups compared.
    static func hasSeveralWords(_ words: String) -> Bool {
        guard words.isAllASCII else { return words.contains(" ") }
        return words.holdsByte(UInt8(ascii: " "))
    }

    /// `phrase.hasSuffix(" " + words)`, answered by bytes when both are ASCII (nearly every phrase), without making
    /// that string for every pair of groups compared: an ASCII character is its byte, and the space before `words` keeps
    /// it from joining the byte before it into one character.
    static func endsIn(_ phrase: String, words: String) -> Bool {
        guard phrase.isAllASCII, words.isAllASCII else { return phrase.hasSuffix(" " + words) }
        let phraseBytes = phrase.utf8, wordBytes = words.utf8
        return phraseBytes.count > wordBytes.count && phraseBytes.dropLast(wordBytes.count).last == UInt8(ascii: " ")
            && phraseBytes.suffix(wordBytes.count).elementsEqual(wordBytes)
    }

    /// The word of a one-word key (`suit`), nil for a phrase.
    private static func singleWord(_ key: String, _ statistics: PhraseStatistics) -> String? {
        guard let entry = statistics[key], entry.wordCount == 1 else { return nil }
        return entry.words
    }

    /// The last word of a key's phrase (`federal lawsuit` → `lawsuit`).
    private static func headWord(_ key: String, _ statistics: PhraseStatistics) -> String? {
        statistics[key].flatMap { $0.words.split(separator: " ").last.map(String.init) }
    }
}
