/// The form of a word that variants share: lower case, straight apostrophes, no possessive, singular.
enum WordForm {
    /// `Hostages` → `hostage`, `talks` → `talk`, `policies` → `policy`, `Netanyahu's` → `netanyahu`.
    /// Capitalised words inside a sentence are names and keep their ending (`Hamas` stays `hamas`).
    static func key(_ word: Substring, isName: Bool = false) -> String {
        var text = word.lowercased()
        if text.contains("\u{2019}") { text = String(text.map { $0 == "\u{2019}" ? "'" : $0 }) }
        if text.hasSuffix("'s") { text.removeLast(2) }
        if text.hasSuffix("'") { text.removeLast() }
        return isName ? text : singular(text)
    }

    /// A capitalised word that opens a sentence may be a name or not: plurals are made singular,
    /// but not endings that names often have (`Hamas`, `Carlos`).
    static func sentenceInitialKey(_ word: Substring) -> String {
        let text = key(word, isName: true)
        return text.hasSuffix("as") || text.hasSuffix("os") ? text : singular(text)
    }

    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !invariant.contains(word) else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "ches", "shes", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        for ending in ["ss", "us", "is", "ous", "ics"] where word.hasSuffix(ending) { return word }
        return String(word.dropLast())
    }

    /// Words ending in `s` that are not plurals.
    private static let invariant: Set<String> = [
        "news", "series", "species", "means", "always", "perhaps", "whereas", "various", "previous", "serious",
        "overseas", "famous", "arms", "atlas", "alias", "bias", "gas", "canvas", "chaos", "ethos", "thesis", "basis",
    ]
}
