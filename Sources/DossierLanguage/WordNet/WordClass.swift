/// The four word classes WordNet knows, with the suffix of their files (`index.noun`, `noun.exc`).
public enum WordClass: String, Sendable, Hashable, CaseIterable {
    case noun, verb
    case adjective = "adj"
    case adverb = "adv"

    /// The letter a data line gives for its synset type (`n`, `v`, `a` or `s`, `r`).
    init?(synsetType: Substring) {
        switch synsetType {
        case "n": self = .noun
        case "v": self = .verb
        case "a", "s": self = .adjective
        case "r": self = .adverb
        default: return nil
        }
    }
}
