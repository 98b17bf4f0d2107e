import DossierCore

/// Links each topic to the people and figures stated in its sentences, by one index of sentences.
public enum TopicLinker {
    /// The topics with `people` and `figures` filled, most shared sentences first.
    public static func link(_ topics: [Topic], people: [Person], figures: [Figure]) -> [Topic] {
        // The references read in place, not gathered into an array per person or figure.
        let peopleBySentence = Holders(people, id: \.id) { $0.mentions.lazy.map(\.reference) }
        let figuresBySentence = Holders(figures, id: \.id) { $0.values.lazy.map(\.reference) }
        return topics.map { topic in
            var linked = topic
            linked.people = peopleBySentence.ranked(topic.sentences)
            linked.figures = figuresBySentence.ranked(topic.sentences)
            return linked
        }
    }

    /// The ids (of people or figures) stated in each sentence: the sentences in `Places` (hashed without `Hasher`), the
    /// ids by number, so a topic's ids are counted in an array rather than a dictionary of strings.
    struct Holders {
        /// The distinct ids, by number.
        private var ids = StringPlaces()
        private var sentences = Places<SentenceReference>()
        /// By a sentence's place: the numbers of the ids stated in it, each once.
        private var stated: [[Int32]] = []

        /// `references(holder)`: the sentences where a holder (whose id is `id(holder)`) is stated.
        init<Holder, References: Sequence<SentenceReference>>(_ holders: [Holder], id: (Holder) -> String,
                                                              references: (Holder) -> References) {
            for holder in holders {
                let number = Int32(ids.place(adding: id(holder)).place)
                for reference in references(holder) {
                    let (place, isNew) = sentences.place(adding: reference)
                    if isNew { stated.append([]) }
                    if !stated[place].contains(number) { stated[place].append(number) }
                }
            }
        }

        /// Ids found in the sentences, by how many sentences hold them, then by id.
        func ranked(_ references: [SentenceReference]) -> [String] {
            var counts = Array(repeating: 0, count: ids.count)
            var found: [Int] = []
            for reference in references {
                guard let place = sentences.place(of: reference) else { continue }
                for number in stated[place].lazy.map(Int.init) {
                    if counts[number] == 0 { found.append(number) }
                    counts[number] += 1
                }
            }
            let keys = ids.keys
            return found.sorted { (counts[$0], keys[$1]) > (counts[$1], keys[$0]) }.map { keys[$0] }
        }
    }
}
