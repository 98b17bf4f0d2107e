import DossierCore
import DossierLanguage
/// Reads, for each number of a sentence, the counted noun, its modifiers, what happened to it and the clause's words.
struct MeasureReader: Sendable {
    let tokens: [Token]
    let words: [String]
    /// Each token's answers (`FigureWordAnswers`): whether it is a content word, an event or a condition word, a
    /// clause break, read by one array read where each was a look into a word list (or two) every time it was asked.
    let answers: [UInt8]
    /// Noun lemmas for keys of what is counted and whose it is (`Palestinians` → `palestinian`).
    let lexicon: Lexicon
    /// For each token, the index of its clause (clauses end at `,` `;` `:` and brackets).
    let clauses: [Int]
    /// Words the article writes capitalized inside sentences, with how often (`StoryIndex.nameCounts`): a capital at a
    /// sentence start is a name only when it is one of them.
    let knownNames: NameCounts

    /// Words after which a name is its clause's subject (the lexicon's `subject-auxiliaries`).
    let subjectAuxiliaries: Set<String>

    /// `words` and `answers`: the tokens' lower forms and answers, when the caller has them listed
    /// (`QuantityRecognizer.quantitiesAndWords`).
    init(tokens: [Token], words: [String]? = nil, answers: [UInt8]? = nil, lexicon: Lexicon, knownNames: NameCounts = NameCounts(),
         subjectAuxiliaries: Set<String> = []) {
        self.tokens = tokens
        self.lexicon = lexicon
        self.knownNames = knownNames
        self.subjectAuxiliaries = subjectAuxiliaries
        self.words = words ?? tokens.map(\.lower)
        if let answers {
            self.answers = answers
        } else {
            var cache = WordTypeAnswers()
            self.answers = tokens.indices.map { FigureWordAnswers.answers(of: tokens, at: $0, openings: NumberWords.openings, in: &cache) }
        }
        var clause = 0
        var clauses: [Int] = []
        clauses.reserveCapacity(tokens.count)
        for index in tokens.indices {
            if tokens[index].kind == .punctuation, Self.endsClause(tokens[index].text) { clause += 1 }
            clauses.append(clause)
        }
        self.clauses = clauses
    }

    /// `,` `;` `:` `(` `)` `[` `]`: one ASCII byte each, compared as bytes (an array literal of strings was made and
    /// searched at every punctuation mark).
    private static func endsClause(_ mark: String) -> Bool {
        var bytes = mark.utf8.makeIterator()
        guard let byte = bytes.next(), bytes.next() == nil else { return false }
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"): return true
        default: return false
        }
    }

    func readings(of quantities: [Quantity]) -> [MeasureReading] {
        let names = sentenceNames()
        // Only a year's reading keeps the sentence's words.
        let sentenceWords = quantities.contains { $0.kind == .year } ? contextLemmas(of: tokens.indices, outside: 0..<0) : []
        var readings: [MeasureReading] = []
        readings.reserveCapacity(quantities.count)
        // The context of the clause of the last number read: the next number of the same clause reads it again.
        var clauseContext: (clause: Int, tokens: Range<Int>, lemmas: [String])?
        // The text end of the reading before, kept apart: read from the array, the reading was copied whole.
        var previousEnd: Int?
        for (position, quantity) in quantities.enumerated() {
            var reading = MeasureReading(textEnd: quantity.tokens.upperBound)
            counted(after: quantity, into: &reading)
            let nextStart = position + 1 < quantities.count ? quantities[position + 1].tokens.lowerBound : tokens.count
            let window = stateWindow(of: quantity, textEnd: reading.textEnd, previousEnd: previousEnd, nextStart: nextStart)
            readStates(of: quantity, in: window, into: &reading, previousEnd: previousEnd)
            let clause = clauses[quantity.numberStart]
            if clauseContext?.clause != clause {
                let clauseTokens = tokens(ofClauseAt: quantity.numberStart)
                clauseContext = (clause, clauseTokens, contextLemmas(of: clauseTokens, outside: 0..<0))
            }
            if let clauseContext { reading.context = context(of: quantity, clauseTokens: clauseContext.tokens, clauseLemmas: clauseContext.lemmas) }
            if let found = owner(before: window.before) { (reading.owner, reading.ownerText) = found }
            if quantity.kind == .year {
                (reading.yearLabel, reading.yearVerb) = yearLabel(before: window.before)
                reading.sentenceWords = sentenceWords
            }
            (reading.time, reading.timeText) = timeReference(in: window)
            reading.direction = direction(of: quantity)
            reading.names = names
            previousEnd = reading.textEnd
            // Moved in (an empty reading appended, then swapped with it): appended as it was, the reading was copied
            // (its dozen strings and arrays retained), then dropped. (`consume` does not take a variable passed inout.)
            readings.append(MeasureReading(textEnd: 0))
            swap(&readings[readings.count - 1], &reading)
        }
        for position in readings.indices.dropLast() where quantities[position].kind == .vague && readings[position].head == nil {
            let next = quantities[position + 1].tokens.lowerBound
            let end = readings[position].textEnd
            if end < next, words[end] == "of", next - end <= 3 {
                // `fewer than half of the remaining 59 hostages`: the amount counts what the next number counts
                readings[position].head = readings[position + 1].head
                readings[position].headText = readings[position + 1].headText
                readings[position].adjectives = readings[position + 1].adjectives
                predicate(after: readings[position + 1].textEnd, in: clauses[quantities[position].numberStart],
                          into: &readings[position])
            }
        }
        return readings
    }

    // MARK: the counted noun

    private static let modifiers = WordList.countedNounModifiers.words
    /// Determiners skipped after the `of` of a counted phrase (`200 of the hostages`).
    private static let ofPhraseDeterminers = WordList.countedPhraseDeterminers.words
    /// Prepositions after a sum or a percentage before what it is of (`£5bn for schools`, `3% on imports`).
    private static let amountPrepositions = ["in", "for", "on"]

    /// The counted noun of `quantity` and what the phrase says of it, read into `reading` (a new reading, ending at the
    /// quantity's tokens): returned, the reading was copied out of the variable the reads into it are made through
    /// (its strings and arrays retained), and that one dropped.
    private func counted(after quantity: Quantity, into reading: inout MeasureReading) {
        var k = quantity.tokens.upperBound
        let clause = clauses[quantity.numberStart]
        func inClause(_ i: Int) -> Bool { i < tokens.count && clauses[i] == clause }
        if quantity.kind == .year { return }
        if inClause(k + 1), words[k] == "of", MeasureVocabulary.pointsBack.contains(words[k + 1]) {
            reading.pointsBack = true
            reading.textEnd = k + 2
            return
        }
        if inClause(k + 1), words[k] == "of" || (Self.amountPrepositions.contains(words[k]) && (quantity.kind == .money || quantity.kind == .percent)) {
            var j = k + 1
            if inClause(j), Self.ofPhraseDeterminers.contains(words[j]) { j += 1 }
            if inClause(j), tokens.isWord(at: j), !MeasureVocabulary.functionWordSet.contains(words[j]) || tokens.isCapitalized(at: j) {
                k = j
            }
        }
        let phraseStart = k
        var lastCapital: Int?
        var steps = 0
        while inClause(k), steps < 5, tokens.isWord(at: k) {
            steps += 1
            let word = words[k]
            if quantity.kind != .age, answers[k] & (FigureWordAnswers.condition | FigureWordAnswers.event) != 0 {
                if reading.head == nil, k == reading.textEnd || lastCapital == k - 1 || Self.modifiers.contains(words[k - 1]) {
                    k += 1
                    continue  // `25 living prisoners`, `eight released hostages`
                }
                break
            }
            if Self.modifiers.contains(word) {
                if word == "others" || MeasureVocabulary.pointsBack.contains(word) && (!inClause(k + 1) || !isContent(k + 1)) {
                    reading.pointsBack = true
                    reading.textEnd = k + 1
                    return
                }
                k += 1
                continue
            }
            if tokens.isCapitalized(at: k), !MeasureVocabulary.functionWordSet.contains(word) {
                lastCapital = k
                k += 1
                continue
            }
            guard isContent(k) else { break }
            reading.head = lemma(at: k)
            var end = k + 1
            if inClause(end), isContent(end), !tokens.isCapitalized(at: end), !words[end].hasSuffix("ly"),
               answers[end] & (FigureWordAnswers.event | FigureWordAnswers.condition) == 0 {
                reading.head = lemma(at: end)
                end += 1
            }
            reading.headText = text(k..<end)
            reading.textEnd = end
            break
        }
        if let lastCapital, phraseStart <= lastCapital {
            let capitals = (phraseStart...lastCapital).filter { tokens.isCapitalized(at: $0) }
            if quantity.kind == .age, reading.head == nil {
                reading.subject = text(capitals.first!..<(lastCapital + 1))
                reading.textEnd = lastCapital + 1
            } else if reading.head == nil, words[lastCapital].hasSuffix("s") {
                reading.head = "person"  // `five Thais`, `48,000 Palestinians`
                reading.headText = tokens[lastCapital].text
                reading.adjectives = capitals.map { tokens[$0].nounLemma }
                reading.textEnd = lastCapital + 1
            } else if reading.head != nil {
                reading.adjectives = capitals.map { tokens[$0].nounLemma }
            }
        }
        if quantity.kind == .age, reading.head == nil, reading.subject == nil { reading.subject = nameBefore(quantity) }
        if reading.head == nil, Self.mayHaveHeadBefore(quantity.kind) { headBefore(quantity, into: &reading) }
        reading.adjectives.sortOnce()
    }

    /// Kinds of amount whose measured noun may stand before them (`profits rose 20%`).
    private static func mayHaveHeadBefore(_ kind: Quantity.Kind) -> Bool {
        switch kind {
        case .money, .percent, .duration, .physical: return true
        case .count, .vague, .age, .year: return false
        }
    }

    /// Whose age a number without a subject after it is: the nearest name before it in the sentence
    /// (`John Smith, 47,`; `Ann Lee, who is in her 60s`).
    private func nameBefore(_ quantity: Quantity) -> String? {
        let reach = max(0, quantity.tokens.lowerBound - FigureRules.ownerReach)
        var end = quantity.tokens.lowerBound
        while end > reach, !tokens.isCapitalized(at: end - 1) || MeasureVocabulary.functionWordSet.contains(words[end - 1]) { end -= 1 }
        guard end > reach else { return nil }
        var start = end - 1
        while start > 0, tokens.isCapitalized(at: start - 1), !MeasureVocabulary.functionWordSet.contains(words[start - 1]) { start -= 1 }
        guard start > 0 || knownNames.contains(words[start]) else { return nil }
        return text(start..<end)
    }

    /// `profits rose 20%`, `inflation of 3%`: the nearest noun before the number in its clause.
    private func headBefore(_ quantity: Quantity, into reading: inout MeasureReading) {
        let clause = clauses[quantity.numberStart]
        var k = quantity.tokens.lowerBound - 1
        var steps = 0
        while k >= 0, clauses[k] == clause, steps < FigureRules.headBeforeReach {
            steps += 1
            if let noun = MeasureVocabulary.verbNouns[words[k]] {
                reading.head = vocabularyClass(of: lexicon.nounLemma(of: noun))
                reading.headText = noun
                return
            }
            if isContent(k), !tokens.isCapitalized(at: k), answers[k] & FigureWordAnswers.event == 0 {
                // `dealt`, `expected`: a verb form says what happened, not what is measured
                if !words[k].hasSuffix("ed") {
                    reading.head = lemma(at: k)
                    reading.headText = tokens[k].text
                    return
                }
            }
            k -= 1
        }
    }

    /// Asked of every word of a clause: a word of two characters or more, neither a function word nor a number word
    /// (`FigureWordAnswers.content`).
    private func isContent(_ index: Int) -> Bool {
        answers[index] & FigureWordAnswers.content != 0
    }

    // MARK: what happened to it

    /// The event and condition of a number: the first state words of the two tokens before it in its clause and the rest
    /// of its text, then (unless it is the amount of a partitive `of`) of its window (`stateWindow`) before and after it;
    /// failing those, the nearest in its clause. Read through ranges, in that order, without listing the tokens.
    private func readStates(of quantity: Quantity, in window: StateWindow, into reading: inout MeasureReading, previousEnd: Int?) {
        let clause = clauses[quantity.numberStart]
        let start = quantity.tokens.lowerBound
        let partitive = previousEnd.map { $0 < start && words[$0] == "of" } ?? false
        // The two tokens before the number that are in its clause (clauses are runs, so they end at the number).
        var prenominalStart = start
        while prenominalStart > max(0, start - 2), clauses[prenominalStart - 1] == clause { prenominalStart -= 1 }
        let prenominal = prenominalStart..<start
        let text = quantity.tokens.upperBound..<reading.textEnd
        // The window's tokens before the number, less the two the prenominal ones already are.
        let before = window.before.lowerBound..<max(window.before.lowerBound, start - 2)
        func first(_ answer: UInt8, from lexicon: (String) -> String?) -> (String, String)? {
            if let found = self.first(answer, in: prenominal, from: lexicon) ?? self.first(answer, in: text, from: lexicon) { return found }
            if partitive { return nil }
            return self.first(answer, in: before.reversed(), from: lexicon) ?? self.first(answer, in: window.after, from: lexicon)
        }
        var event = first(FigureWordAnswers.event, from: MeasureVocabulary.event(of:))
        var condition = first(FigureWordAnswers.condition, from: MeasureVocabulary.condition(of:))
        if !partitive, event == nil, condition == nil {
            // None near the number: the nearest in its clause, either side.
            (event, condition) = nearestStates(around: quantity.numberStart, in: clause)
        }
        if let (state, word) = event {
            reading.event = state
            reading.eventWord = word
        }
        if let (state, word) = condition {
            reading.condition = state
            reading.conditionWord = word
        }
        if reading.condition != nil, let event = reading.event, MeasureVocabulary.weakEvents.contains(event) {
            reading.event = nil
            reading.eventWord = nil
        }
    }

    /// `half of the 59 hostages are alive`: the states the verb after the whole phrase gives the amount.
    private func predicate(after start: Int, in clause: Int, into reading: inout MeasureReading) {
        var k = start
        while k < tokens.count, clauses[k] == clause, answers[k] & FigureWordAnswers.clauseBreak == 0, tokens[k].kind != .number {
            k += 1
        }
        let indices = start..<k
        let event = first(FigureWordAnswers.event, in: indices, from: MeasureVocabulary.event(of:))
        let condition = first(FigureWordAnswers.condition, in: indices, from: MeasureVocabulary.condition(of:))
        guard event != nil || condition != nil else { return }
        reading.event = event?.0
        reading.eventWord = event?.1
        reading.condition = condition?.0
        reading.conditionWord = condition?.1
    }

    /// The event and the condition nearest to token `center` in its clause (`clause`): the tokens by their distance
    /// from it, the one before first on a tie (as the clause's tokens sorted by distance, stably, would give), walked
    /// outwards without making and sorting that list.
    private func nearestStates(around center: Int, in clause: Int) -> (event: (String, String)?, condition: (String, String)?) {
        var event: (String, String)?, condition: (String, String)?
        func look(at index: Int) {
            guard clauses[index] == clause, tokens.isWord(at: index) else { return }
            if event == nil, answers[index] & FigureWordAnswers.event != 0, let state = MeasureVocabulary.event(of: words[index]) {
                event = (state, words[index])
            }
            if condition == nil, answers[index] & FigureWordAnswers.condition != 0, let state = MeasureVocabulary.condition(of: words[index]) {
                condition = (state, words[index])
            }
        }
        var distance = 0
        while event == nil || condition == nil, center - distance >= 0 || center + distance < tokens.count {
            if center - distance >= 0 { look(at: center - distance) }
            if distance > 0, center + distance < tokens.count { look(at: center + distance) }
            distance += 1
        }
        return (event, condition)
    }

    /// The first state word in `indices`: its class and the word as written. `answer`: the answer
    /// (`FigureWordAnswers.event` or `condition`) of the words `lexicon` knows, which no other word is looked up in.
    private func first(_ answer: UInt8, in indices: some Sequence<Int>, from lexicon: (String) -> String?) -> (String, String)? {
        for index in indices where answers[index] & answer != 0 && tokens.isWord(at: index) {
            if let state = lexicon(words[index]) { return (state, words[index]) }
        }
        return nil
    }

    // MARK: whose, when, which end

    /// The tokens around a number where what happened to it, whose it is and when are read: `before` it back to a clause
    /// break or the previous number (read nearest first, from its end), `after` its text up to a clause break or the next
    /// number. Two ranges (arrays of the positions were made for every number).
    struct StateWindow {
        let before: Range<Int>
        let after: Range<Int>
    }

    private func stateWindow(of quantity: Quantity, textEnd: Int, previousEnd: Int?, nextStart: Int) -> StateWindow {
        let clause = clauses[quantity.numberStart]
        var k = quantity.tokens.lowerBound - 1
        while k >= 0, clauses[k] == clause, k >= (previousEnd ?? 0), answers[k] & FigureWordAnswers.clauseBreak == 0 {
            k -= 1
        }
        let before = (k + 1)..<quantity.tokens.lowerBound
        k = textEnd
        while k < min(nextStart, tokens.count), clauses[k] == clause, answers[k] & FigureWordAnswers.clauseBreak == 0 {
            k += 1
        }
        return StateWindow(before: before, after: textEnd..<k)
    }

    /// The owner's key (lowercased, singular) and its name as written.
    private func owner(before indices: Range<Int>) -> (String, String)? {
        for index in indices.reversed().prefix(FigureRules.ownerReach) {
            if MeasureVocabulary.speechVerbs.contains(words[index]) { return nil }
            guard isName(index), isOwner(index) else { continue }
            var start = index
            while start > 0, indices.contains(start - 1), isName(start - 1) { start -= 1 }
            var key = tokens[start].nounLemma
            for word in (start + 1)..<(index + 1) {
                key += " "
                key += tokens[word].nounLemma
            }
            var shown = text(start..<(index + 1))
            for mark in Self.possessiveMarks where shown.hasSuffix(mark) { shown = String(shown.dropLast(mark.count)); break }
            return (key, shown)
        }
        return nil
    }

    /// Possessive endings taken off an owner's name as shown, the longer of each pair first.
    private static let possessiveMarks = ["'s", "’s", "'", "’"]

    /// A name owns the number when it is possessive (`Iran's program`) or the subject of a verb that follows it
    /// (`Labour would spend`); a name before a preposition or a noun (`with Canada for 30 days`, `the Iranian
    /// program`) is a place, a partner or a modifier.
    private func isOwner(_ index: Int) -> Bool {
        if tokens[index].isPossessive || tokens[index].text.hasSuffix("s'") || tokens[index].text.hasSuffix("s’") { return true }
        guard index + 1 < tokens.count else { return false }
        return subjectAuxiliaries.contains(words[index + 1])
    }

    /// Nouns made from verbs, which can say what a year is the year of (`introduction in 1993`).
    private static let nominalEndings = WordList.nominalSuffixes.entries
    /// Words that make a period after them a point in time (`last year`, `third quarter`).
    private static let periodOrdinals = WordSet(WordList.periodOrdinals.words)

    /// What a year is the year of: the nearest participle before it (`secured in 1984`: `year secured`, verb
    /// `secure`), else a noun made from a verb just before its preposition (`year of introduction`).
    private func yearLabel(before indices: Range<Int>) -> (label: String?, verb: String?) {
        for index in indices.reversed().prefix(6) where tokens.isWord(at: index) && !tokens.isCapitalized(at: index) {
            let word = words[index]
            if word.count > 4, word.hasSuffix("ed"), !MeasureVocabulary.functionWordSet.contains(word) {
                return ("year " + word, tokens[index].lemma)
            }
        }
        // The nearest token before the year, or the one before it after a preposition.
        guard var k = indices.last else { return (nil, nil) }
        if MeasureVocabulary.yearPrepositions.contains(words[k]), indices.count > 1 { k -= 1 }
        let word = words[k]
        if tokens.isWord(at: k), !tokens.isCapitalized(at: k), Self.nominalEndings.contains(where: word.hasSuffix), word.count > 5 {
            return ("year of " + word, nil)
        }
        return (nil, nil)
    }

    /// A capitalized word that is not a function word, a month or a day; at a sentence start only if the
    /// article also writes it capitalized elsewhere.
    private func isName(_ index: Int) -> Bool {
        // (The token read in place, by its fields: taken whole, it was a copy.)
        guard tokens.isCapitalized(at: index), words[index].hasSeveralCharacters else { return false }
        let word = words[index]
        if MeasureVocabulary.functionWordSet.contains(word) || MeasureVocabulary.monthWords.contains(word)
            || MeasureVocabulary.weekdayWords.contains(word) || FigureQualifier.oneWordBefore.contains(word) { return false }
        return index > 0 || knownNames.contains(word)
    }

    /// The nearest year, month or `last year` in the window, as a key and as written with its preposition.
    private func timeReference(in window: StateWindow) -> (String?, String?) {
        for index in window.before.reversed() { if let found = timeReference(at: index) { return found } }
        for index in window.after { if let found = timeReference(at: index) { return found } }
        return (nil, nil)
    }

    /// The time reference at token `index` (`timeReference(in:)`), or nil when there is none.
    private func timeReference(at index: Int) -> (String?, String?)? {
        // (The token read in place, by its fields: taken whole, it was a copy.)
        var key: String?
        if tokens[index].kind == .number, tokens[index].text.count == 4, let year = Int(tokens[index].text), (1900...2100).contains(year) {
            key = tokens[index].text
        } else if tokens.isCapitalized(at: index), MeasureVocabulary.monthWords.contains(words[index]) {
            // `between February and December 2017`: a month with a year after it in its clause is that year
            key = yearAfter(index) ?? words[index]
        } else if Self.periodOrdinals.contains(words[index]),
                  index + 1 < tokens.count, Self.periodNouns.contains(words[index + 1]) {
            return (words[index] + " " + words[index + 1], text(index..<(index + 2)))
        }
        guard let key else { return nil }
        let start = index > 0 && MeasureVocabulary.timePrepositions.contains(words[index - 1]) ? index - 1 : index
        return (key, text(start..<(index + 1)))
    }

    /// Periods an ordinal before them makes a time (`third quarter`).
    private static let periodNouns = ["year", "month", "week", "quarter", "half"]


    private func yearAfter(_ index: Int) -> String? {
        for k in (index + 1)..<min(tokens.count, index + 1 + FigureRules.monthYearReach) where clauses[k] == clauses[index] {
            if tokens[k].kind == .number, tokens[k].text.count == 4, let year = Int(tokens[k].text), (1900...2100).contains(year) {
                return tokens[k].text
            }
        }
        return nil
    }

    private func direction(of quantity: Quantity) -> String? {
        let before = quantity.tokens.lowerBound - 1
        guard before >= 0, clauses[before] == clauses[quantity.numberStart], words[before] == "from" || words[before] == "to" else { return nil }
        return words[before]
    }

    // MARK: the clause and the sentence

    /// The tokens of the clause of token `index` (a clause is a run of tokens).
    private func tokens(ofClauseAt index: Int) -> Range<Int> {
        let clause = clauses[index]
        var lower = index, upper = index + 1
        while lower > 0, clauses[lower - 1] == clause { lower -= 1 }
        while upper < tokens.count, clauses[upper] == clause { upper += 1 }
        return lower..<upper
    }

    /// A clause word that may be a number's context: a content word that is not capitalised.
    private func isContextWord(_ index: Int) -> Bool {
        isContent(index) && !tokens.isCapitalized(at: index)
    }

    /// The lemmas (`lemma(at:)`) of the context words among `clauseTokens` outside `excluded`, sorted, each once.
    private func contextLemmas(of clauseTokens: Range<Int>, outside excluded: Range<Int>) -> [String] {
        var lemmas: [String] = []
        // Room for the lowercase words, a close bound that costs no lookup (the lemmas are kept with the readings).
        lemmas.reserveCapacity(clauseTokens.count(where: { tokens[$0].kind == .word && !tokens.isCapitalized(at: $0) }))
        for index in clauseTokens where !excluded.contains(index) && isContextWord(index) { lemmas.append(lemma(at: index)) }
        lemmas.sortOnce()
        return lemmas
    }

    /// A number's context: the lemmas of its clause's context words outside the number's own tokens, each once, sorted.
    /// `clauseLemmas`: those of all the clause's words (`clauseTokens`), the answer when none of them is one of the
    /// number's tokens, as is usual: the clause's numbers share it, listed and sorted once.
    private func context(of quantity: Quantity, clauseTokens: Range<Int>, clauseLemmas: [String]) -> [String] {
        guard quantity.tokens.contains(where: { clauseTokens.contains($0) && isContextWord($0) }) else { return clauseLemmas }
        return contextLemmas(of: clauseTokens, outside: quantity.tokens)
    }

    /// The word's lemma from the language layer, in the news vocabulary's class (`prisoners` → `hostage`).
    private func lemma(at index: Int) -> String {
        vocabularyClass(of: tokens[index].lemma)
    }

    /// The news vocabulary's word for a lemma's class (`prisoner` → `hostage`), or the lemma.
    private func vocabularyClass(of lemma: String) -> String {
        MeasureVocabulary.synonymClass(of: lemma)
    }

    /// The sentence's names as keys (`StoryIndex.key`), sorted, each once.
    private func sentenceNames() -> [String] {
        var names: [String] = []
        names.reserveCapacity(tokens.indices.count(where: { tokens.isCapitalized(at: $0) }))
        for index in tokens.indices where tokens.isCapitalized(at: index) {
            let lower = tokens[index].lower
            guard lower.hasSeveralCharacters else { continue }
            if MeasureVocabulary.functionWordSet.contains(lower) || FigureQualifier.oneWordBefore.contains(lower) { continue }
            if index == 0, MeasureVocabulary.event(of: lower) != nil { continue }
            names.append(StoryIndex.key(lower))
        }
        names.sortOnce()
        return names
    }

    private func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var out = ""
        for index in range {
            if index > range.lowerBound && tokens[index].spaceBefore { out += " " }
            out += tokens[index].text
        }
        return out
    }
}
