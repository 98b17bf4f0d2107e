import DossierCore
import DossierLanguage
/// Finds the capitalised runs of a sentence that may be names, trims titles and organisations off them,
/// and reads the evidence around each one.
struct NameRunFinder: Sendable {
    let givenNames: GivenNames
    var wordClasses = NameWordClasses(wordNet: nil)

    /// Runs of one sentence, as occurrences of `article`/`sentence`, appended to `found` (the article's): an array of the
    /// sentence's, added to the article's, copied every occurrence over (retaining and releasing its strings and arrays).
    /// `words`: what each word type is to a run's start (`RunWord`), worked out once per type (`WordTypeMemo`).
    func appendOccurrences(in tokens: [Token], article: Int, sentence: Int, to found: inout [NameOccurrence],
                           words: inout WordTypeMemo<RunWord>) {
        if isByline(tokens) { return }
        let first = found.count
        var index = 0
        while index < tokens.count {
            guard startsRun(tokens, at: index, words: &words) else {
                index += 1
                continue
            }
            let end = runEnd(tokens, from: index)
            if let occurrence = occurrence(tokens, run: index..<end, article: article, sentence: sentence) {
                found.append(occurrence)
            }
            index = end
        }
        markCoordination(&found, from: first, tokens: tokens)
        addFamilySurname(&found, from: first, tokens: tokens)
    }

    /// `appendOccurrences(in:article:sentence:to:words:)` with a memo of its own (for the tests).
    func appendOccurrences(in tokens: [Token], article: Int, sentence: Int, to found: inout [NameOccurrence]) {
        var words = WordTypeMemo<RunWord>(unknown: .unknown)
        appendOccurrences(in: tokens, article: article, sentence: sentence, to: &found, words: &words)
    }

    /// `By Jane Doe, Agency`: a byline names the author, who is not a person of the story.
    private func isByline(_ tokens: [Token]) -> Bool {
        // The first token read in place (bound to a constant, it was copied out of the array for every sentence).
        guard tokens.count <= 10, !tokens.isEmpty, tokens[0].lower == "by" else { return false }
        return tokens.dropFirst().allSatisfy { !$0.isWordOrNumber || $0.nameText.first?.isUppercaseFast == true || $0.lower == "and" }
    }

    /// Asked of every token: a punctuation mark is told by its kind alone, and a word by its type (`RunWord`, read
    /// from the memo for all but a type's first token), where each token's shape and text were read, and a lower-case
    /// word's next three tokens, before the particle set was asked. (Always inlined: the optimiser made it a call for
    /// every token.)
    @inline(__always) private func startsRun(_ tokens: [Token], at index: Int, words: inout WordTypeMemo<RunWord>) -> Bool {
        guard tokens[index].kind != .punctuation else { return false }
        let word = words.answer(type: tokens[index].wordType) { RunWord(tokens, at: index) }
        if word == .capitalised { return true }
        return word == .particle && particlesLeadToName(tokens, from: index)
    }

    /// `de la Cruz`: the particle at `index` (both callers have found it one), up to two more, then a capitalised word.
    /// The token at `index` is not asked again whether it is a particle.
    private func particlesLeadToName(_ tokens: [Token], from index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, next - index < 3, isParticle(tokens, at: next) { next += 1 }
        return next < tokens.count && Token.isCapitalised(tokens, at: next)
    }

    /// The token is read in place by its position (passed as a value, it was copied out of the array).
    @inline(__always) private func isParticle(_ tokens: [Token], at index: Int) -> Bool {
        Token.isWordOrNumber(tokens, at: index) && !Token.isCapitalised(tokens, at: index) && NameLexicon.particleWords.contains(tokens[index].lower)
    }

    /// The run goes on over capitalised words, initials and inner particles; a possessive ends it. The tokens are read
    /// in place by their positions (a token bound to a constant was copied, retaining and releasing its strings).
    private func runEnd(_ tokens: [Token], from start: Int) -> Int {
        var end = start
        while end < tokens.count {
            if Token.isCapitalised(tokens, at: end) {
                end += 1
                if tokens[end - 1].isPossessive { break }
            } else if isParticle(tokens, at: end), end > start, particlesLeadToName(tokens, from: end) {
                end += 1
            } else if end > start, tokens[end].shape == .upper, NameOccurrence.isGenerationalSuffix(tokens[end].text) {
                end += 1  // `Robert S. Mueller III`
                break
            } else {
                break
            }
        }
        return max(end, start + 1)
    }

    private func occurrence(_ tokens: [Token], run: Range<Int>, article: Int, sentence: Int) -> NameOccurrence? {
        var cues = NameCues()
        var start = run.lowerBound
        var end = run.upperBound
        // Titles, honorifics and any organisation words in front: the name starts after the last of them.
        // `Martin Luther King Jr`: before a generational suffix, a title word is the surname.
        let lastTrimmable = NameOccurrence.isGenerationalSuffix(tokens[end - 1].text) ? end - 2 : end - 1
        for index in run where index < lastTrimmable {
            let lower = tokens[index].lower
            let classes = NameLexicon.classes(of: lower)
            if classes.contains(.royalTitle) { cues.royalTitle = true }
            if classes.contains(.officeTitle) { cues.officeTitle = true }
            if classes.contains(.honorific) { cues.honorific = true; cues.honorificWord = tokens[index].text; start = index + 1 }
            if lower == "sir" || lower == "dame" { cues.knighted = true }
            else if classes.contains(.title) {
                if classes.contains(.headTitle) { cues.title = true; cues.titleWord = tokens[index].text }
                start = index + 1
            } else if classes.contains(.functionWord), !Token.isInitial(tokens, at: index) { start = index + 1 }  // `John A. Smith`
            else if classes.contains(.nonPersonSuffix) {
                // `Bill Gates`: a given name that is also an organisation word starts the name when one word follows.
                if !(index == end - 2 && givenNames.contains(Token.nameText(tokens, at: index))) { start = index + 1 }
            } else if index == run.lowerBound, end - index >= 3, classes.contains(.roleNoun) {
                start = index + 1  // `Musician Alan Wass` at the start of a sentence
            }
        }
        var trimmedEnd = false
        if !NameLexicon.classes(of: tokens[end - 1].lower).isDisjoint(with: [.nonPersonSuffix, .title]) {
            // `Karolina Leavitt White House`: keep a person in front of a two-word organisation, if one starts with a given name.
            guard end - 2 - start >= 2, givenNames.contains(Token.nameText(tokens, at: start)) else { return nil }
            end -= 2
            trimmedEnd = true
        }
        while start < end, isDroppableLead(tokens, at: start, beforeAnother: start + 1 < end) { start += 1 }
        guard start < end, Token.isCapitalised(tokens, at: start) else { return nil }
        // `League Against Cruel Sports`: a title-case function word inside makes a title, not a name.
        // The words between read in place by their positions (iterating the slice copied each token).
        if end - start >= 3, ((start + 1)..<(end - 1)).contains(where: {
            NameLexicon.functionWordSet.contains(tokens[$0].lower) && !NameLexicon.honorifics.contains(tokens[$0].lower) && !Token.isInitial(tokens, at: $0)
        }) { return nil }
        while start < end - 1, Token.isInitials(tokens, at: start), wordClasses.isDottedAbbreviation(tokens[start].text) { start += 1 }  // `U.S. Smith`
        let words = (start..<end).map { Token.nameText(tokens, at: $0) }
        // `U.S.`, `D.N.C.`: dotted capitals are initials only before a name (`H.R. McMaster`).
        guard !words.enumerated().contains(where: { position, word in
            word.holdsByte(UInt8(ascii: ".")) && word.count > 2 && !(position > 0 && NameOccurrence.isGenerationalSuffix(word))
                && !(position < words.count - 1 && Token.isInitials(tokens, at: start + position) && !wordClasses.isDottedAbbreviation(word))
        }) else { return nil }
        let nameWords = NameOccurrence.nameWords(of: words)
        guard !nameWords.isEmpty else { return nil }
        readContext(tokens, runStart: run.lowerBound, nameStart: start, end: end, into: &cues)
        if trimmedEnd { cues.article = false }
        var occurrence = NameOccurrence(words: words, nameWords: nameWords, article: article, sentence: sentence, tokenRange: start..<end, cues: cues)
        occurrence.sentenceInitial = isSentenceStart(tokens, start)
        occurrence.runStart = run.lowerBound
        return occurrence
    }

    /// Leading words that are not part of a name: `The`, demonym compounds (`American-Israelis`) before another word of
    /// the run (`beforeAnother`). The token is read in place by its position (passed as a value, it and the next were
    /// copied out of the array, retaining and releasing their strings, at every run).
    private func isDroppableLead(_ tokens: [Token], at index: Int, beforeAnother: Bool) -> Bool {
        if NameLexicon.functionWordSet.contains(tokens[index].lower) { return true }
        guard beforeAnother, Token.nameText(tokens, at: index).holdsByte(UInt8(ascii: "-")) else { return false }
        let parts = Token.nameText(tokens, at: index).split(separator: "-").map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercaseFast == true }) else { return false }
        if NameLexicon.particles.contains(parts[0].lowercased()) { return false }
        return !givenNames.contains(parts[0]) || parts.contains { $0.allSatisfy(\.isUppercaseFast) }
    }

    private func isSentenceStart(_ tokens: [Token], _ index: Int) -> Bool {
        (0..<index).allSatisfy { !Token.isWordOrNumber(tokens, at: $0) }
    }

    /// The tokens around the run are read in place by their positions (`before`, `after`): copies of them, three per
    /// run, retained and released their strings (a fifth of the time spent here).
    private func readContext(_ tokens: [Token], runStart: Int, nameStart: Int, end: Int, into cues: inout NameCues) {
        let before: Int? = runStart > 0 ? runStart - 1 : nil
        let after: Int? = end < tokens.count ? end : nil
        if let before, Token.isWordOrNumber(tokens, at: before) {
            let lower = tokens[before].lower
            let classes = NameLexicon.classes(of: lower)
            // `Sister Xiluodu dam`, `its sister project`: an honorific is capitalised.
            if classes.contains(.honorific), Token.nameText(tokens, at: before).first?.isUppercaseFast == true {
                cues.honorific = true
                cues.honorificWord = tokens[before].text
            }
            if lower == "sir" || lower == "dame" { cues.knighted = true }
            if classes.contains(.timePreposition) { cues.timePreposition = true }
            else if classes.contains(.placeOrTimePreposition) { cues.placePreposition = true }
            if classes.contains(.speechVerb) { cues.speech = true; cues.speechVerb = lower }
            if lower.hasSuffix("-year-old") || lower == "aged" { cues.age = true }
            if lower == "to", runStart >= 2, tokens[runStart - 2].lower == "according" { cues.relative = true }
        }
        if nameStart > 0, tokens[nameStart - 1].lower == "the", !(after.map { Self.personModifiedNounWords.contains(tokens[$0].lower) } ?? false) {
            cues.article = true
        }
        if let before, let after, Token.isQuotationMark(tokens, at: before), Token.isQuotationMark(tokens, at: after) { cues.quotedPhrase = true }
        // Every word of the line is in the run (a token's position, not a search for it: that made long lines quadratic).
        if tokens.indices.allSatisfy({ !Token.isWordOrNumber(tokens, at: $0) || (runStart..<end).contains($0) }) {
            cues.aloneOnLine = true
        }
        if ThingCues.namesAThing(tokens, runStart: runStart, end: end) { cues.namedAsThing = true }
        // The given names asked last (a folded word looked up), after the tokens' tests that rule out most runs.
        if runStart >= 2, let before, tokens[before].lower == "of" || tokens[before].lower == "for",
           Token.isCapitalised(tokens, at: runStart - 2), !tokens[runStart - 2].isPossessive,
           nameStart == runStart || !givenNames.contains(Token.nameText(tokens, at: nameStart)) { cues.continuesName = true }
        if RolePhrases.hasRoleBefore(tokens, runStart: runStart) { cues.roleBefore = true }
        if RolePhrases.hasAppositive(tokens, runStart: runStart, end: end) { cues.appositive = true }
        // `since Kim Il-sung founded the state`: a conjunction opening a clause whose subject is the name, not a time.
        if cues.timePreposition, let after, Token.isWordOrNumber(tokens, at: after), !Token.isCapitalised(tokens, at: after), tokens[after].lower.hasSuffix("ed") {
            cues.timePreposition = false
        }
        // `China's Xi Jinping`: a place's possessive before a full name says whose leader or citizen the person is.
        if let before, tokens[before].isPossessive, end - nameStart >= 2, wordClasses.isPlace(Token.nameText(tokens, at: before)) { cues.roleBefore = true }
        guard let after, !tokens[end - 1].isPossessive else { return }
        if Token.isWordOrNumber(tokens, at: after) {
            let lower = tokens[after].lower
            let classes = NameLexicon.classes(of: lower)
            if classes.contains(.speechVerb) { cues.speech = true; cues.speechVerb = lower }
            if !Token.isCapitalised(tokens, at: after), Self.modifiedNounWords.contains(lower) || classes.contains(.roleNoun) {
                cues.modifiesNoun = true
            }
        } else if Token.isComma(tokens, at: after), end + 1 < tokens.count {
            let next = end + 1
            let lower = tokens[next].lower
            if lower == "who" { cues.relative = true }
            if NameLexicon.classes(of: lower).contains(.speechVerb) { cues.speech = true; cues.speechVerb = lower }
            if Token.nameText(tokens, at: next).allSatisfy(\.isNumberFast), end + 2 < tokens.count, Token.isComma(tokens, at: end + 2) { cues.age = true }
        }
    }

    /// Nouns that a group's or a place's name modifies (`Hamas official`, `Gaza border`) and a person's rarely does.
    static let modifiedNouns: Set<String> = WordList.groupModifiedNouns.words
    /// `modifiedNouns` and the nouns a person's surname modifies (`NameLexicon.personModifiedNouns`), asked of the word
    /// after every name run, as `WordSet`s (whose first look hashes nothing for most words; a `Set` hashed each by SipHash).
    private static let modifiedNounWords = WordSet(modifiedNouns)
    private static let personModifiedNounWords = WordSet(NameLexicon.personModifiedNouns)

    /// Nouns for the family members who usually carry a man's or a woman's surname (`his wife, Jacqueline`).
    /// (A `WordSet`: asked after every one-word name, a `Set` hashed the word by SipHash.)
    private static let familyNouns = WordSet(["wife", "husband", "son", "daughter"])

    /// `Mr. Kennedy and his wife, Jacqueline,`: a given name alone after `his wife` is named by the surname before it.
    /// The sentence's occurrences are `found[first...]`, each read in place (a copy retains and releases its strings).
    private func addFamilySurname(_ found: inout [NameOccurrence], from first: Int, tokens: [Token]) {
        for index in found.indices.dropFirst(first + 1) {
            guard found[index].words.count == 1 else { continue }
            var position = found[index].tokenRange.lowerBound - 1
            if position >= 0, Token.isComma(tokens, at: position) { position -= 1 }
            // The name before, skipping places after `of` (`Emmanuel Macron of France and his wife, Brigitte`). The given
            // names asked after the words before the name (a folded word looked up, for every one-word name).
            guard position >= 1, Self.familyNouns.contains(tokens[position].lower), ["his", "her"].contains(tokens[position - 1].lower),
                  givenNames.contains(found[index].words[0]),
                  let spouse = found[first..<index].lastIndex(where: {
                      $0.tokenRange.lowerBound == 0 || tokens[$0.tokenRange.lowerBound - 1].lower != "of"
                  }),
                  let surname = found[spouse].nameWords.last, found[spouse].tokenRange.upperBound < position else { continue }
            found[index].words.append(surname)
        }
    }

    /// Names listed together (`A B, C D and E F`) with given names first are all people. The sentence's occurrences are
    /// `found[first...]`, each read in place.
    private func markCoordination(_ found: inout [NameOccurrence], from first: Int, tokens: [Token]) {
        guard found.count - first >= 2 else { return }
        for index in (first + 1)..<found.count {
            // The tokens between read in place by their positions (iterating the slice copied each token, and
            // `isPunctuation` copied it again).
            let between = found[index - 1].tokenRange.upperBound..<found[index].tokenRange.lowerBound
            let isList = !between.isEmpty && between.count <= 2
                && between.allSatisfy { Token.isComma(tokens, at: $0) || tokens[$0].lower == "and" || tokens[$0].lower == "or" }
            // The given names asked only of a list (each question folds a word and looks it up).
            if isList, startsWithGivenName(found[index - 1].nameWords), startsWithGivenName(found[index].nameWords) {
                found[index - 1].cues.coordinated = true
                found[index].cues.coordinated = true
            }
        }
    }

    /// A full name (two name words or more) whose first is a given name.
    private func startsWithGivenName(_ nameWords: [String]) -> Bool {
        nameWords.count >= 2 && givenNames.contains(nameWords[0])
    }
}
