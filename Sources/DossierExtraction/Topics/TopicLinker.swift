import DossierCore

/// Links each topic to the people and figures stated in its sentences, by one index of sentences.
public enum TopicLinker {
    /// The topics with `people` and `figures` filled, most shared sentences first.
    public static func link(_ topics: [Topic], people: [Person], figures: [Figure]) -> [Topic] {
        var peopleBySentence: [SentenceReference: Set<String>] = [:]
        for person in people {
            for mention in person.mentions { peopleBySentence[mention.reference, default: []].insert(person.id) }
        }
        var figuresBySentence: [SentenceReference: Set<String>] = [:]
        for figure in figures {
            for value in figure.values { figuresBySentence[value.reference, default: []].insert(figure.id) }
        }
        return topics.map { topic in
            var linked = topic
            linked.people = ranked(topic.sentences, in: peopleBySentence)
            linked.figures = ranked(topic.sentences, in: figuresBySentence)
            return linked
        }
    }

    /// Ids found in the sentences, by how many sentences hold them, then by id.
    private static func ranked(_ sentences: [SentenceReference], in index: [SentenceReference: Set<String>]) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for id in index[sentence] ?? [] { counts[id, default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
}
