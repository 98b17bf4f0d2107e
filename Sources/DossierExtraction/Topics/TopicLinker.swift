import DossierCore

/// Links each topic to the people and figures stated in its sentences, by one index of sentences.
public enum TopicLinker {
    /// The topics with `people` and `figures` filled, most shared sentences first.
    public static func link(_ topics: [Topic], people: [Person], figures: [Figure]) -> [Topic] {
        // One index of the sentences people and figures are stated in, shared by both: each topic's sentences are
        // looked up in it once (hashing both strings of each reference), where an index of each looked them up twice.
        // This step runs on one thread, at the end of the build.
        var sentences = Places<SentenceReference>()
        // The references read in place, each out of its mention or value where it is: not gathered into an array per
        // person or figure, nor through a lazy map, which copied each mention and value (retaining and releasing all
        // its strings) to read its reference.
        let peopleBySentence = Holders(count: people.count, sentences: &sentences, id: { people[$0].id }) { person, body in
            for index in people[person].mentions.indices { body(people[person].mentions[index].reference) }
        }
        let figuresBySentence = Holders(count: figures.count, sentences: &sentences, id: { figures[$0].id }) { figure, body in
            for index in figures[figure].values.indices { body(figures[figure].values[index].reference) }
        }
        // A topic's sentences by place in the index (those of no person or figure left out), in one array kept from
        // topic to topic.
        var places: [Int] = []
        return topics.map { topic in
            places.removeAll(keepingCapacity: true)
            for reference in topic.sentences {
                if let place = sentences.place(of: reference) { places.append(place) }
            }
            var linked = topic
            linked.people = peopleBySentence.ranked(places: places)
            linked.figures = figuresBySentence.ranked(places: places)
            return linked
        }
    }

    /// The ids (of people or figures) stated in each sentence: the sentences by their places in an index of sentences
    /// (`Places`, hashed without `Hasher`) that holders of several kinds may share, the ids by number, so a topic's ids
    /// are counted in an array rather than a dictionary of strings.
    struct Holders {
        /// The distinct ids, by number.
        private var ids = StringPlaces()
        /// The numbers of the ids stated in each sentence, each once: a sentence's (by place) from `starts[place]`,
        /// `statedCounts[place]` of them, in one array rather than an array per sentence. A sentence placed in the
        /// index after these holders were made (by holders of another kind) is past the end: no id of these.
        private var stated: [Int32] = []
        private var starts: [Int] = []
        private var statedCounts: [Int] = []

        /// `count` holders, told by their positions: `id(holder)` is a holder's id, and `eachReference(holder, body)`
        /// calls `body` with each sentence where it is stated, which is placed in `sentences` if it is not there yet. By
        /// position, so that the caller reads what it needs of each holder where it is: a person or figure passed on
        /// (to a closure, or by an iterator) was copied, all its arrays and strings retained and released.
        init(count: Int, sentences: inout Places<SentenceReference>, id: (Int) -> String,
             eachReference: (Int, (SentenceReference) -> Void) -> Void) {
            // Each statement's sentence (by place) and id (by number), in the holders' order.
            var statements: [(place: Int32, number: Int32)] = []
            for holder in 0..<count {
                let number = Int32(ids.place(adding: id(holder)).place)
                eachReference(holder) { reference in
                    statements.append((Int32(sentences.place(adding: reference).place), number))
                }
            }
            // Room for every statement of each sentence; each id is kept once, in the order first stated.
            starts = Array(repeating: 0, count: sentences.count + 1)
            for statement in statements { starts[Int(statement.place) + 1] += 1 }
            for place in 0..<sentences.count { starts[place + 1] += starts[place] }
            stated = Array(repeating: 0, count: statements.count)
            statedCounts = Array(repeating: 0, count: sentences.count)
            for (place, number) in statements.lazy.map({ (Int($0.place), $0.number) }) {
                let start = starts[place], end = start + statedCounts[place]
                // (Read by position, not through a slice: a slice alive while `stated` is written would copy it.)
                if !(start..<end).contains(where: { stated[$0] == number }) {
                    stated[end] = number
                    statedCounts[place] += 1
                }
            }
        }

        /// Ids found in the sentences at `places` in the index, by how many sentences hold them, then by id.
        func ranked(places: [Int]) -> [String] {
            var counts = Array(repeating: 0, count: ids.count)
            var found: [Int] = []
            for place in places where place < statedCounts.count {
                for number in stated[starts[place]..<starts[place] + statedCounts[place]].lazy.map(Int.init) {
                    if counts[number] == 0 { found.append(number) }
                    counts[number] += 1
                }
            }
            let keys = ids.keys
            return found.sorted { (counts[$0], keys[$1]) > (counts[$1], keys[$0]) }.map { keys[$0] }
        }
    }
}
