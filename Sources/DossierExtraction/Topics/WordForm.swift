import DossierLanguage
/// The form of a word that variants share: lower case, straight apostrophes, no possessive, singular (the WordNet noun
/// lemma, `Lexicon.nounLemma`).
enum WordForm {
    /// `Hostages` → `hostage`, `talks` → `talk`, `policies` → `policy`, `Netanyahu's` → `netanyahu`.
    /// Capitalised words inside a sentence are names and keep their ending (`Hamas` stays `hamas`).
    static func key(_ word: Substring, isName: Bool = false, lexicon: Lexicon) -> String {
        let text = bare(word)
        return isName ? text : lexicon.nounLemma(of: text)
    }

    /// `key` of a token's word as written in the sentence, given as `text`: the `bare` form of the word without
    /// hyphens. Most words are the token's own lower form, whose noun lemma the token carries, so the lexicon is asked
    /// only for the others. A capitalised word that opens a sentence may be a name or not: plurals are made singular,
    /// but not endings that names often have (`Hamas`, `Carlos`).
    static func key(of token: Token, bare text: String, opensSentence: Bool, lexicon: Lexicon) -> String {
        let capitalised = token.startsUppercase
        if capitalised && !opensSentence { return text }
        if capitalised, text.hasSuffix("as") || text.hasSuffix("os") { return text }
        return text == token.lower ? token.nounLemma : lexicon.nounLemma(of: text)
    }

    /// Lower case, straight apostrophes, no possessive: `Netanyahu’s` → `netanyahu`.
    static func bare(_ word: Substring) -> String {
        // Most words are lower-case ASCII letters already: nothing to change.
        if word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return String(word) }
        var text = word.lowercased()
        if text.unicodeScalars.contains("\u{2019}") { text = String(text.map { $0 == "\u{2019}" ? "'" : $0 }) }
        if text.hasSuffix("'s") { text.removeLast(2) }
        if text.hasSuffix("'") { text.removeLast() }
        return text
    }

    /// The words an `-ing` form may come from, likeliest first: `hunting` → `hunt`, `hunte`;
    /// `voting` → `vot`, `vote`; `running` → `runn`, `runne`, `run`. Empty for words that are not such forms,
    /// or whose `-ing` noun has a meaning of its own (`housing`, `rating`). Callers keep only forms the corpus uses.
    static func ingBases(_ word: String) -> [String] {
        guard word.count >= 6, word.hasSuffix("ing"), !ingNouns.contains(word) else { return [] }
        let base = String(word.dropLast(3))
        guard base.contains(where: { "aeiouy".contains($0) }) else { return [] }
        var bases = [base, base + "e"]
        if let last = base.last, base.dropLast().last == last, !"lsz".contains(last) { bases.append(String(base.dropLast())) }
        return bases
    }

    /// The `-ing` forms of a word, for finding them in a corpus: `hunt` → `hunting`; `vote` → `voting`, `voteing`;
    /// `bet` → `beting`, `betting`. Only forms whose `ingBases` lead back to the word.
    static func ingForms(_ word: String) -> [String] {
        var forms = [word + "ing"]
        if word.hasSuffix("e") { forms.append(String(word.dropLast()) + "ing") }
        if let last = word.last, !"aeiouywlsz".contains(last) { forms.append(word + String(last) + "ing") }
        return forms.filter { ingBases($0).contains(word) }
    }

    /// The words an adverb or a past tense may come from: `directly` → `direct`; `agreed` → `agre`, `agree`;
    /// `planned` → `plann`, `plane`… `plan`. Callers keep only words the corpus uses.
    static func verbOrAdverbBases(_ word: String) -> [String] {
        if word.count > 4, word.hasSuffix("ly") { return [String(word.dropLast(2))] }
        guard word.count > 4, word.hasSuffix("ed") else { return [] }
        let stem = String(word.dropLast(2))
        var bases = [stem, stem + "e"]
        if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
        return bases
    }

    /// A word of six letters or more in `-ed` is a past tense or participle (`agreed`, `reported`), save a few
    /// nouns (`bloodshed`, `seabed`, `hundred`).
    static func isPastTense(_ word: String) -> Bool {
        word.count >= 6 && word.hasSuffix("ed") && !edNounEndings.contains { word.hasSuffix($0) }
    }

    /// Endings in `-ed` of nouns and numbers (`bloodshed`, `seabed`, `hundred`).
    private static let edNounEndings = WordList.edNounEndings.entries

    /// `-ing` nouns whose meaning is not the verb's (`housing` is not `house`, `ratings` are not `rates`).
    private static let ingNouns: Set<String> = WordList.ingNouns.words
}
