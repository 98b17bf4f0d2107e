import DossierLanguage
/// Role phrases around a name: a title or role in front (`Egyptian Foreign Minister X`, `Hamas spokesman X`),
/// or an appositive set off by commas (`X, a commentator affiliated with Hamas,`; `The spokesman, X, said`).
enum RolePhrases {
    private static let determiners: Set<String> = WordList.rolePhraseOpeners.words
    private static let auxiliaries: Set<String> = WordList.rolePhraseBreakers.words
    private static let clauseEnds: Set<String> = WordList.appositiveClauseEnds.words

    /// The role phrases this occurrence carries, as the source words them; `appositives`: the appositions around its run.
    static func roles(_ tokens: [Token], runStart: Int, nameStart: Int, appositives: Appositives) -> [String] {
        var found: [String] = []
        if let phrase = phraseBefore(tokens, runStart: runStart, nameStart: nameStart) { found.append(phrase) }
        if let phrase = appositives.before { found.append(phrase) }
        if let phrase = appositives.after { found.append(phrase) }
        return found
    }

    /// The appositions before and after a capitalised run (`appositiveBefore`, `appositiveAfter`).
    struct Appositives {
        var before: String?
        var after: String?

        init(_ tokens: [Token], runStart: Int, end: Int) {
            before = RolePhrases.appositiveBefore(tokens, runStart: runStart)
            after = RolePhrases.appositiveAfter(tokens, end: end)
        }
    }

    static func hasRoleBefore(_ tokens: [Token], runStart: Int) -> Bool {
        // `a spokesman for X`, `chief executive of X`: X is the role's organisation, not its holder.
        if runStart >= 1, trailingWords.contains(tokens[runStart - 1].lower) { return false }
        var index = runStart - 1
        var steps = 0
        while index >= 0, steps < 6 {
            let token = tokens[index]
            guard token.isWordOrNumber, !token.isPossessive || steps == 0 else { return false }
            if NameLexicon.roleNouns.contains(token.lower) && !token.isCapitalised { return true }
            if NameLexicon.roleNouns.contains(token.lower) && steps > 0 { return true }
            guard NameLexicon.roleModifiers.contains(token.lower) || token.isCapitalised else { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// Title words inside the run and role words just before it (`U.S. presidential envoy for hostage affairs`).
    private static func phraseBefore(_ tokens: [Token], runStart: Int, nameStart: Int) -> String? {
        var first = nameStart
        while first > 0 {
            let token = tokens[first - 1]
            guard token.isWordOrNumber, !token.isPossessive, !token.isQuoted || tokens[nameStart].isQuoted else { break }
            let fits = NameLexicon.roleModifiers.contains(token.lower) || NameLexicon.roleNouns.contains(token.lower)
                || NameLexicon.titles.contains(token.lower)
                || (token.isCapitalised && !NameLexicon.functionWords.contains(token.lower))
            guard fits, nameStart - first < 8 else { break }
            first -= 1
        }
        // `the envoy of the X`: the role is someone else's, of whom X is the complement.
        if first < nameStart, trailingWords.contains(tokens[nameStart - 1].lower) { return nil }
        return cleaned(Array(tokens[first..<nameStart]))
    }

    /// `The Press spokesman for the White House, X,` / `Israeli Consul General in New York, from X,`.
    static func appositiveBefore(_ tokens: [Token], runStart: Int) -> String? {
        var comma = runStart - 1
        if comma >= 1, tokens[comma].isWordOrNumber, !tokens[comma].isCapitalised, !NameLexicon.speechVerbs.contains(tokens[comma].lower),
           tokens[comma - 1].isPunctuation(",") { comma -= 1 }
        guard comma >= 1, tokens[comma].isPunctuation(",") else { return nil }
        var first = comma
        while first > 0, !tokens[first - 1].isPunctuation(","), !isQuoteMark(tokens[first - 1]), comma - first < 12 { first -= 1 }
        guard first == 0 || tokens[first - 1].isPunctuation(",") || isQuoteMark(tokens[first - 1]) else { return nil }
        var segment = Array(tokens[first..<comma])
        if let lastPossessive = segment.lastIndex(where: \.isPossessive) { segment = Array(segment[(lastPossessive + 1)...]) }
        guard let lead = segment.first(where: \.isWordOrNumber),
              !NameLexicon.placeOrTimePrepositions.contains(lead.lower), !leadsAClause(lead),
              !segment.contains(where: { pronouns.contains($0.lower) }),
              !segment.contains(where: { NameLexicon.speechVerbs.contains($0.lower) || auxiliaries.contains($0.lower) }) else { return nil }
        return cleaned(segment)
    }

    /// `X, a commentator affiliated with Hamas,`: up to the next comma, full stop, quote or clause word.
    static func appositiveAfter(_ tokens: [Token], end: Int) -> String? {
        guard end < tokens.count, tokens[end].isPunctuation(","), end + 1 < tokens.count,
              determiners.contains(tokens[end + 1].lower) || NameLexicon.roleModifiers.contains(tokens[end + 1].lower)
                || NameLexicon.roleNouns.contains(tokens[end + 1].lower) else { return nil }
        var last = end + 1
        while last < tokens.count, tokens[last].isWordOrNumber, last - end < 14,
              !endsAppositive(tokens[last], after: tokens[last - 1]) || last == end + 1 {
            last += 1
        }
        // `X, the official revealed`: a new clause with its own subject, not an appositive.
        if last < tokens.count, NameLexicon.speechVerbs.contains(tokens[last].lower) { return nil }
        return cleaned(Array(tokens[(end + 1)..<last]))
    }

    /// The phrase without leading articles or trailing prepositions, when it names a role.
    private static func cleaned(_ tokens: [Token]) -> String? {
        var words = tokens.filter(\.isWordOrNumber)
        if let and = words.lastIndex(where: { $0.lower == "and" }) { words = Array(words[(and + 1)...]) }
        while let first = words.first, determiners.contains(first.lower) || leadingWords.contains(first.lower) {
            // `the then President`: `then` dates the role and stays.
            if first.lower == "then", words.count > 1 { break }
            words.removeFirst()
        }
        while let last = words.last, trailingWords.contains(last.lower) || NameLexicon.honorifics.contains(last.lower) {
            words.removeLast()
        }
        guard words.indices.contains(where: { isRoleWord(words, at: $0) }), !namesSomeoneElse(words) else { return nil }
        return words.map(\.nameText).joined(separator: " ")
    }

    /// A role noun, or a title that heads the phrase rather than starting a proper name (`General Electric`).
    private static func isRoleWord(_ words: [Token], at index: Int) -> Bool {
        let word = words[index]
        if NameLexicon.roleNouns.contains(word.lower) && !word.isCapitalised { return true }
        guard NameLexicon.headTitles.contains(word.lower) || NameLexicon.roleNouns.contains(word.lower) else { return false }
        guard index + 1 < words.count else { return true }
        let next = words[index + 1]
        return !next.isCapitalised || NameLexicon.titles.contains(next.lower) || NameLexicon.roleNouns.contains(next.lower)
    }

    /// `director Martin Scorsese`, `wife Heather Mills`: a lowercase role noun followed by a capitalised name
    /// is another person's role, not this one's.
    private static func namesSomeoneElse(_ words: [Token]) -> Bool {
        zip(words, words.dropFirst()).contains { role, next in
            !role.isCapitalised && NameLexicon.roleNouns.contains(role.lower) && next.isCapitalised
                && !NameLexicon.titles.contains(next.lower) && !NameLexicon.nonPersonSuffixes.contains(next.lower)
        }
    }

    /// Where an appositive after a name stops: a new clause (`who`, `said`), a pronoun (`the player he beat`),
    /// a participle after the role (`lawyer leading the suit`), a sentence adverb (`peer meanwhile`).
    private static func endsAppositive(_ token: Token, after previous: Token) -> Bool {
        if clauseEnds.contains(token.lower) || NameLexicon.speechVerbs.contains(token.lower) || pronouns.contains(token.lower) { return true }
        if sentenceAdverbs.contains(token.lower) || ["such", "or", "but", "like"].contains(token.lower) { return true }
        return token.lower.hasSuffix("ing") && token.lower.count > 5 && NameLexicon.roleNouns.contains(previous.lower)
    }

    /// An appositive cannot start with a preposition, a conjunction or an adverb (`Like some drill sergeant`, `or his coach`).
    private static func leadsAClause(_ token: Token) -> Bool {
        refusedOpeners.contains(token.lower)
            || sentenceAdverbs.contains(token.lower) || (token.lower.hasSuffix("ly") && !NameLexicon.roleModifiers.contains(token.lower))
            || token.lower.hasSuffix("ing") && !NameLexicon.roleModifiers.contains(token.lower)
    }

    private static let pronouns: Set<String> = WordList.personalPronouns.words
    private static let refusedOpeners: Set<String> = WordList.appositiveOpenersRefused.words
    private static let sentenceAdverbs: Set<String> = WordList.sentenceAdverbs.words
    private static let leadingWords: Set<String> = WordList.rolePhraseLeadingWords.words
    private static let trailingWords: Set<String> = WordList.rolePhraseTrailingWords.words

    private static func isQuoteMark(_ token: Token) -> Bool {
        token.isQuotationMark
    }
}
