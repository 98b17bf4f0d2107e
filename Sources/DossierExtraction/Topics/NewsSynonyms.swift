/// Words general news prose uses for one thing (`talks`, `negotiations`, `discussions`): a topic holds them all.
/// The table is about news language in general, not any one story; keys are singular word keys.
enum NewsSynonyms {
    /// The first word of the word's set, or the word itself.
    static func root(of word: String) -> String { roots[word] ?? word }

    /// The other words of the word's set, in table order.
    static func others(of word: String) -> [String] {
        guard let root = roots[word], let set = sets.first(where: { $0.first == root }) else { return [] }
        return set.filter { $0 != word }
    }

    private static let sets: [[String]] = [
        ["talk", "negotiation", "discussion", "conversation", "dialogue"],
        ["agreement", "deal", "accord", "pact"],
        ["ceasefire", "truce", "armistice"],
        ["hostage", "captive", "abductee"],
        ["prisoner", "detainee", "inmate"],
        ["law", "legislation"],
        ["inquiry", "investigation", "probe"],
        ["protest", "demonstration"],
        ["aid", "assistance"],
        ["war", "conflict"],
        ["lawsuit", "litigation"],
        ["profit", "earning"],
        ["job", "employment"],
        ["film", "movie"],
        ["phone", "handset"],
        ["vote", "ballot"],
        ["cut", "reduction"],
        ["rise", "increase"],
    ]

    private static let roots: [String: String] = {
        var roots: [String: String] = [:]
        for set in sets { for word in set { roots[word] = set[0] } }
        return roots
    }()
}
