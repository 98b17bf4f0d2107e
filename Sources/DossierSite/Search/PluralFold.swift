/// The index's simple plural fold, mirrored exactly by `normalise` in `templates/search.js`, so that
/// `talks` finds `talk`. It is a fold, not a lemmatiser: both sides apply the same rules, so a word that
/// folds oddly (`news` → `new`) still finds itself. Words shorter than `shortestFolded` are left alone
/// (`gas`, `bus`, `was`), and so are words ending in `ss`, `us` and `is` (`witness`, `status`, `crisis`).
///
/// 1. `…ies` (5 letters or more) → `…y`  (`policies` → `policy`)
/// 2. `…sses` → `…ss`                     (`witnesses` → `witness`)
/// 3. `…ss`, `…us`, `…is` → unchanged
/// 4. `…s` → drop the `s`                  (`hostages` → `hostage`, `1990s` → `1990`)
public enum PluralFold {
    /// Below this length a final `s` is part of the word far more often than a plural ending.
    static let shortestFolded = 4
    /// `…ies` folds to `…y` only from this length (`ties`, `lies` stay).
    static let shortestIes = 5

    public static func fold(_ word: String) -> String {
        // The scalars are read in place (the index folds every distinct word of the corpus: no array of them each).
        let scalars = word.unicodeScalars
        guard scalars.last == "s" else { return word }
        let count = scalars.count
        guard count >= shortestFolded else { return word }
        let beforeLast = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        if count >= shortestIes, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if beforeLast == "s" || beforeLast == "u" || beforeLast == "i" { return word }
        return String(word.dropLast())
    }
}
