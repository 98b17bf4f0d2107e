import DossierLanguage
/// Role phrases around a name: a title or role in front (`Egyptian Foreign Minister X`, `Hamas spokesman X`),
/// or an appositive set off by commas (`X, a commentator affiliated with Hamas,`; `The spokesman, X, said`).
enum RolePhrases {
    /// The role phrases a name carries, as the source words them: the run of capitalised words it was found in starts at
    /// `runStart`, the name itself takes `nameStart..<end`. Read only for the names of the people kept (`PersonAssembler`);
    /// of every name run the finder asks only whether an apposition stands around it (`hasAppositive`).
    static func roles(_ tokens: [Token], runStart: Int, nameStart: Int, end: Int) -> [String] {
        var found: [String] = []
        if let phrase = phraseBefore(tokens, runStart: runStart, nameStart: nameStart) { found.append(phrase) }
        if let phrase = appositiveBefore(tokens, runStart: runStart) { found.append(text(tokens, phrase)) }
        if let phrase = appositiveAfter(tokens, end: end) { found.append(text(tokens, phrase)) }
        return found
    }

    /// An apposition before or after the run (`appositiveBefore`, `appositiveAfter`), a cue asked of every name run:
    /// found by its words' positions, without making its text.
    static func hasAppositive(_ tokens: [Token], runStart: Int, end: Int) -> Bool {
        appositiveBefore(tokens, runStart: runStart) != nil || appositiveAfter(tokens, end: end) != nil
    }

    /// Asked of every name run: its word lists are `WordSet`s, whose first look hashes nothing for most words, and
    /// whether a word is a role noun is asked once.
    static func hasRoleBefore(_ tokens: [Token], runStart: Int) -> Bool {
        // `a spokesman for X`, `chief executive of X`: X is the role's organisation, not its holder.
        if runStart >= 1, trailingWordSet.contains(tokens[runStart - 1].lower) { return false }
        var index = runStart - 1
        var steps = 0
        // The tokens read in place by their positions: a token bound to a constant was copied out of the array
        // (retaining and releasing its strings) at every step back from every name run.
        while index >= 0, steps < 6 {
            guard Token.isWordOrNumber(tokens, at: index), !tokens[index].isPossessive || steps == 0 else { return false }
            let isRoleNoun = NameLexicon.roleNounWords.contains(tokens[index].lower)
            if isRoleNoun && !Token.isCapitalised(tokens, at: index) { return true }
            if isRoleNoun && steps > 0 { return true }
            guard NameLexicon.roleModifierWords.contains(tokens[index].lower) || Token.isCapitalised(tokens, at: index) else { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// Title words inside the run and role words just before it (`U.S. presidential envoy for hostage affairs`).
    private static func phraseBefore(_ tokens: [Token], runStart: Int, nameStart: Int) -> String? {
        var first = nameStart
        // The words read in place by their positions (as in `hasRoleBefore`), the lists asked as `WordSet`s.
        while first > 0 {
            let word = first - 1
            guard Token.isWordOrNumber(tokens, at: word), !tokens[word].isPossessive, !tokens[word].isQuoted || tokens[nameStart].isQuoted else { break }
            let fits = NameLexicon.roleModifierWords.contains(tokens[word].lower) || NameLexicon.roleNounWords.contains(tokens[word].lower)
                || NameLexicon.classes(of: tokens[word].lower).contains(.title)
                || (Token.isCapitalised(tokens, at: word) && !NameLexicon.functionWordSet.contains(tokens[word].lower))
            guard fits, nameStart - first < 8 else { break }
            first -= 1
        }
        // `the envoy of the X`: the role is someone else's, of whom X is the complement.
        if first < nameStart, trailingWordSet.contains(tokens[nameStart - 1].lower) { return nil }
        return cleaned(tokens, first..<nameStart).map { text(tokens, $0) }
    }

    /// `The Press spokesman for the White House, X,` / `Israeli Consul General in New York, from X,`: the positions of
    /// the phrase's words (`cleaned`).
    static func appositiveBefore(_ tokens: [Token], runStart: Int) -> [Int]? {
        var comma = runStart - 1
        if comma >= 1, Token.isWordOrNumber(tokens, at: comma), !Token.isCapitalised(tokens, at: comma), !speechVerbWords.contains(tokens[comma].lower),
           Token.isComma(tokens, at: comma - 1) { comma -= 1 }
        guard comma >= 1, Token.isComma(tokens, at: comma) else { return nil }
        var first = comma
        while first > 0, !Token.isComma(tokens, at: first - 1), !Token.isQuotationMark(tokens, at: first - 1), comma - first < 12 { first -= 1 }
        guard first == 0 || Token.isComma(tokens, at: first - 1) || Token.isQuotationMark(tokens, at: first - 1) else { return nil }
        // The segment read in place by its positions (copies of its tokens retained and released their strings).
        var segment = first..<comma
        if let lastPossessive = segment.last(where: { tokens[$0].isPossessive }) { segment = (lastPossessive + 1)..<comma }
        guard let lead = segment.first(where: { Token.isWordOrNumber(tokens, at: $0) }),
              !NameLexicon.placeOrTimePrepositions.contains(tokens[lead].lower), !leadsAClause(tokens[lead].lower),
              !segment.contains(where: { pronounWords.contains(tokens[$0].lower) }),
              !segment.contains(where: { speechVerbWords.contains(tokens[$0].lower) || auxiliaryWords.contains(tokens[$0].lower) })
        else { return nil }
        return cleaned(tokens, segment)
    }

    /// `X, a commentator affiliated with Hamas,`: up to the next comma, full stop, quote or clause word; the positions of
    /// the phrase's words (`cleaned`).
    static func appositiveAfter(_ tokens: [Token], end: Int) -> [Int]? {
        guard end < tokens.count, Token.isComma(tokens, at: end), end + 1 < tokens.count,
              determinerWords.contains(tokens[end + 1].lower) || NameLexicon.roleModifierWords.contains(tokens[end + 1].lower)
                || NameLexicon.roleNounWords.contains(tokens[end + 1].lower) else { return nil }
        var last = end + 1
        while last < tokens.count, Token.isWordOrNumber(tokens, at: last), last - end < 14,
              !endsAppositive(tokens[last].lower, after: tokens[last - 1].lower) || last == end + 1 {
            last += 1
        }
        // `X, the official revealed`: a new clause with its own subject, not an appositive.
        if last < tokens.count, speechVerbWords.contains(tokens[last].lower) { return nil }
        return cleaned(tokens, (end + 1)..<last)
    }

    /// The words of `tokens[range]` without leading articles or trailing prepositions, when they name a role, as their
    /// positions in `tokens`, read in place: an array of the tokens (two before: the phrase, its words) copied each one,
    /// retaining and releasing its strings. The phrase's text is made by `text`, when it is a role kept.
    private static func cleaned(_ tokens: [Token], _ range: Range<Int>) -> [Int]? {
        var words = range.filter { Token.isWordOrNumber(tokens, at: $0) }
        if let and = words.lastIndex(where: { tokens[$0].lower == "and" }) { words = Array(words[(and + 1)...]) }
        while let first = words.first, determinerWords.contains(tokens[first].lower) || leadingWordSet.contains(tokens[first].lower) {
            // `the then President`: `then` dates the role and stays.
            if tokens[first].lower == "then", words.count > 1 { break }
            words.removeFirst()
        }
        while let last = words.last, trailingWordSet.contains(tokens[last].lower) || NameLexicon.classes(of: tokens[last].lower).contains(.honorific) {
            words.removeLast()
        }
        guard words.indices.contains(where: { isRoleWord(tokens, words, at: $0) }), !namesSomeoneElse(tokens, words) else { return nil }
        return words
    }

    /// A phrase's words (positions in `tokens`) as the source writes them, without possessive endings.
    private static func text(_ tokens: [Token], _ words: [Int]) -> String {
        words.map { Token.nameText(tokens, at: $0) }.joined(separator: " ")
    }

    /// A role noun, or a title that heads the phrase rather than starting a proper name (`General Electric`);
    /// `words`: the phrase's words, as positions in `tokens`.
    /// (The name lexicon's lists asked with one look per word, `NameLexicon.classes(of:)`: the lists as `Set`s hashed the
    /// word by SipHash for each, up to three times a word.)
    private static func isRoleWord(_ tokens: [Token], _ words: [Int], at index: Int) -> Bool {
        let word = words[index]
        let classes = NameLexicon.classes(of: tokens[word].lower)
        if classes.contains(.roleNoun) && !Token.isCapitalised(tokens, at: word) { return true }
        guard !classes.isDisjoint(with: [.headTitle, .roleNoun]) else { return false }
        guard index + 1 < words.count else { return true }
        let next = words[index + 1]
        return !Token.isCapitalised(tokens, at: next) || !NameLexicon.classes(of: tokens[next].lower).isDisjoint(with: [.title, .roleNoun])
    }

    /// `director Martin Scorsese`, `wife Heather Mills`: a lowercase role noun followed by a capitalised name
    /// is another person's role, not this one's; `words`: positions in `tokens`.
    private static func namesSomeoneElse(_ tokens: [Token], _ words: [Int]) -> Bool {
        zip(words, words.dropFirst()).contains { role, next in
            !Token.isCapitalised(tokens, at: role) && NameLexicon.roleNounWords.contains(tokens[role].lower) && Token.isCapitalised(tokens, at: next)
                && NameLexicon.classes(of: tokens[next].lower).isDisjoint(with: [.title, .nonPersonSuffix])
        }
    }

    /// Where an appositive after a name stops, by the word's and the previous word's `lower`: a new clause (`who`, `said`),
    /// a pronoun (`the player he beat`), a participle after the role (`lawyer leading the suit`), a sentence adverb
    /// (`peer meanwhile`).
    private static func endsAppositive(_ word: String, after previous: String) -> Bool {
        if clauseEndWords.contains(word) || speechVerbWords.contains(word) || pronounWords.contains(word) { return true }
        if sentenceAdverbWords.contains(word) || comparisonAndLinkWords.contains(word) { return true }
        return word.hasSuffix("ing") && word.count > 5 && NameLexicon.roleNounWords.contains(previous)
    }

    /// An appositive cannot start with a preposition, a conjunction or an adverb (`Like some drill sergeant`, `or his coach`);
    /// `word`: the opening word's `lower`.
    private static func leadsAClause(_ word: String) -> Bool {
        refusedOpenerWords.contains(word)
            || sentenceAdverbWords.contains(word) || (word.hasSuffix("ly") && !NameLexicon.roleModifierWords.contains(word))
            || word.hasSuffix("ing") && !NameLexicon.roleModifierWords.contains(word)
    }

    static let trailingWordSet = WordSet(WordList.rolePhraseTrailingWords.words)

    // The lists asked of every word of an apposition, before or after every name run, as `WordSet`s, whose first look
    // hashes nothing for most words (a `Set` hashed each word by SipHash, once per list).
    private static let speechVerbWords = WordSet(NameLexicon.speechVerbs)
    private static let pronounWords = WordSet(WordList.personalPronouns.words)
    private static let auxiliaryWords = WordSet(WordList.rolePhraseBreakers.words)
    private static let clauseEndWords = WordSet(WordList.appositiveClauseEnds.words)
    private static let sentenceAdverbWords = WordSet(WordList.sentenceAdverbs.words)
    // And those asked of the first and last words of every role phrase found, and of the word after every name run.
    private static let determinerWords = WordSet(WordList.rolePhraseOpeners.words)
    private static let leadingWordSet = WordSet(WordList.rolePhraseLeadingWords.words)
    private static let refusedOpenerWords = WordSet(WordList.appositiveOpenersRefused.words)
    /// Words that end an appositive besides the lists' (an array literal was made for every word asked).
    private static let comparisonAndLinkWords = WordSet(["such", "or", "but", "like"])
}
