/// One value for each word class, kept by the class's position: a look-up reads an array, where a `Dictionary`
/// keyed by the class hashed it first (the lemmatizer reads a class's index and exception list for every word).
struct PerWordClass<Value: Sendable>: Sendable {
    private var values: [Value?] = Array(repeating: nil, count: WordClass.allCases.count)

    subscript(_ wordClass: WordClass) -> Value? {
        get { values[wordClass.position] }
        set { values[wordClass.position] = newValue }
    }
}

extension WordClass {
    /// The class's place in `allCases`.
    var position: Int {
        switch self {
        case .noun: 0
        case .verb: 1
        case .adjective: 2
        case .adverb: 3
        }
    }
}
