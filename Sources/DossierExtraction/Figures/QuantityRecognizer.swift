import DossierLanguage
/// Finds the numbers an English news sentence states: digits, number words, money, percentages, durations,
/// ages, years, ranges and vague amounts, each with its qualifier. Dates and clock times are left to the timeline.
struct QuantityRecognizer: Sendable {
    /// The year the article was published, to resolve `28 years ago`.
    var publishedYear: Int?
    /// Units are looked up by their WordNet noun lemma (`days` → `day`, `feet` → `foot`).
    let lexicon: Lexicon
    /// The looks at a word's bytes that tell where a number may start, held here: read from their global for every
    /// word of every sentence, they were a call and a check each time.
    private let openings = NumberWords.openings

    init(publishedYear: Int? = nil, lexicon: Lexicon) {
        self.publishedYear = publishedYear
        self.lexicon = lexicon
    }

    func quantities(in tokens: [Token]) -> [Quantity] {
        var answers = WordTypeAnswers()
        return quantitiesAndWords(in: tokens, answers: &answers).quantities
    }

    /// The quantities, and when the recognizer read the sentence (one where a number may start; else both are empty)
    /// the tokens' lower forms and their answers (`FigureWordAnswers`): `MeasureReader` reads the same words, which were
    /// listed again for it. What each word type answers is kept in `answers`, a cache the caller lends from one sentence
    /// to the next (`WordTypeAnswers`).
    func quantitiesAndWords(in tokens: [Token], answers: inout WordTypeAnswers)
        -> (quantities: [Quantity], words: [String], answers: [UInt8]) {
        // Most sentences state no number: one look at each token tells, before any reading, and before the looks are
        // kept in an array (one made for every sentence of the corpus).
        var firstStart = 0
        while firstStart < tokens.count, !NumberWords.mayStartNumber(tokens, at: firstStart, openings: openings, answers: &answers) {
            firstStart += 1
        }
        guard firstStart < tokens.count else { return ([], [], []) }
        var tokenAnswers = [UInt8](repeating: 0, count: tokens.count)
        for index in tokens.indices { tokenAnswers[index] = FigureWordAnswers.answers(of: tokens, at: index, openings: openings, in: &answers) }
        var mayStart = Array(repeating: false, count: tokens.count)
        for index in firstStart..<tokens.count {
            switch tokens[index].kind {
            case .number: mayStart[index] = true
            case .punctuation: break
            case .word: mayStart[index] = NumberWords.mayStartNumber(tokens, at: index, answers: tokenAnswers[index]) { tokenAnswers[index + 1] }
            }
        }
        let reader = Cursor(tokens: tokens, mayStart: mayStart, publishedYear: publishedYear, lexicon: lexicon)
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            // A quantity's number starts at its first token or after a currency sign of one or two tokens.
            guard mayStart[index] || (index + 1 < tokens.count && mayStart[index + 1])
                    || (index + 2 < tokens.count && mayStart[index + 2]) else {
                index += 1
                continue
            }
            if let quantity = reader.quantity(at: index, after: found.last?.tokens.upperBound ?? 0) {
                if quantity.kind == .year, let last = quantity.upper {
                    // `1950-53`, `between 1990 and 2004`: the year it began and the year it ended, not a count
                    var start = quantity, end = quantity
                    start.upper = nil
                    end.value = last
                    end.upper = nil
                    found.append(start)  // (two appends: `found += [start, end]` made an array of the two)
                    found.append(end)
                } else {
                    found.append(quantity)
                }
                index = max(quantity.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return (found, reader.words, tokenAnswers)
    }
}

/// One pass over the tokens of a sentence.
private struct Cursor {
    let tokens: [Token]
    let words: [String]
    /// For each token, whether a number may start there (`NumberWords.mayStartNumber`): no number is read where none may.
    let mayStart: [Bool]
    let publishedYear: Int?
    let lexicon: Lexicon

    init(tokens: [Token], mayStart: [Bool], publishedYear: Int?, lexicon: Lexicon) {
        self.tokens = tokens
        self.words = tokens.map(\.lower)
        self.mayStart = mayStart
        self.publishedYear = publishedYear
        self.lexicon = lexicon
    }

    /// The core of a quantity: the number, its scale and its unit, without qualifiers.
    struct Core {
        var kind: Quantity.Kind
        var value: Double?
        var upper: Double?
        var unit: String?
        var end: Int
        var plainInteger = false
    }

    func quantity(at start: Int, after floor: Int) -> Quantity? {
        var numberStart = start
        var currency: String?
        if let (code, width) = currencyPrefix(at: start) {
            currency = code
            numberStart = start + width
        }
        // The two tokens before each token a number may start at are tried too (a currency sign of one or two tokens may
        // stand there); at one of them, with no sign, no number is read: `number(at:)` finds none where none may start.
        guard numberStart < tokens.count, mayStart[numberStart], var core = number(at: numberStart) else { return nil }
        if currency != nil {
            guard core.kind == .count else { return nil }
            core.kind = .money
            core.unit = currency
        }
        guard !isDateOrLabel(start: start, numberStart: numberStart, core: core) else { return nil }
        core = withRange(core, from: start)
        if core.kind == .count, core.plainInteger, let value = core.value, isYear(value, at: numberStart, end: core.end) {
            core.kind = .year
            core.unit = "year"
        }
        if core.kind == .count, core.plainInteger, start == numberStart, isAgeAfterName(numberStart, end: core.end, value: core.value) {
            core.kind = .age  // `John Smith, 47, said`
            core.unit = "years"
        }
        var first = start
        var qualifier: String?
        if let (phrase, width) = qualifierBefore(start), start - width >= floor {
            qualifier = phrase
            first = start - width
        }
        if qualifier == nil, start > 0, words[start - 1] == "between", let upper = core.upper, upper > 0, core.end > start,
           words[start..<core.end].contains("and") {
            qualifier = "between"
            first = start - 1
        }
        var end = core.end
        if qualifier == nil, let phrase = qualifierAfter(end) {
            qualifier = phrase.joined(separator: " ")
            end += phrase.count
        }
        return Quantity(kind: core.kind, value: core.value, upper: core.upper, qualifier: qualifier, unit: core.unit,
                        tokens: first..<end, numberStart: numberStart)
    }

    // MARK: the number

    private func number(at index: Int) -> Core? {
        // (The token's kind read in place: `let token = tokens[index]` copied the token, its strings retained and released.)
        if tokens[index].kind == .number { return digits(at: index) }
        guard tokens[index].kind == .word else { return nil }
        if let vague = vague(at: index) { return vague }
        if let hyphen = words[index].firstIndex(of: "-"), let base = NumberWords.simpleValue(String(words[index][..<hyphen])),
           let core = hyphenated(base: base, numeral: "", rest: String(words[index][words[index].index(after: hyphen)...]), index: index),
           core.kind != .count {
            return core  // `two-day`, `six-month`, `three-year-old`
        }
        guard let (value, end) = NumberWords.parse(words, from: index) else { return nil }
        if value < 10, index > 0, Self.referringDeterminers.contains(words[index - 1]) {
            return nil  // `the two sides`: a reference, not a figure
        }
        return unit(after: Core(kind: .count, value: value, end: end), scaled: end - index > 1)
    }

    private func digits(at index: Int) -> Core? {
        // The lower form: a decimal keeps a sentence's full stop in its text (`£4.3bn.`), not in `lower`
        guard let (numeral, base, suffix) = NumeralParts.parts(of: tokens[index].lower) else { return nil }
        let plain = suffix.isEmpty && !numeral.holdsByte(UInt8(ascii: ",")) && !numeral.holdsByte(UInt8(ascii: "."))
        if suffix.isEmpty {
            return unit(after: Core(kind: .count, value: base, end: index + 1, plainInteger: plain), scaled: false)
        }
        if let scale = NumberWords.scale(suffix) {
            return unit(after: Core(kind: .count, value: base * scale, end: index + 1), scaled: true)
        }
        if let physical = MeasureVocabulary.physicalUnit(suffix) {
            return Core(kind: .physical, value: base, unit: physical, end: index + 1)
        }
        if suffix == "s", base >= 10, base < 100, base.truncatingRemainder(dividingBy: 10) == 0, index >= 2,
           words[index - 2] == "in", ["his", "her", "their"].contains(words[index - 1]) {
            return Core(kind: .age, value: base, upper: base + 9, unit: "years", end: index + 1)  // `in her 60s`
        }
        guard suffix.hasPrefix("-") else { return nil }  // 7th, 1990s, 5pm
        return hyphenated(base: base, numeral: numeral, rest: String(suffix.dropFirst()), index: index)
    }

    /// `60-day`, `21-year-old`, `2,000-pound`, `10-12`.
    private func hyphenated(base: Double, numeral: String, rest: String, index: Int) -> Core? {
        if rest.first?.isNumber == true {
            guard let upper = Double(String(rest.filter { $0 != "," })) else { return nil }
            if numeral.count == 4 && base >= 1800 && base <= 2100 {
                // `1950-53`, `2004-2005`: a span of years
                let end = rest.count == 2 ? (base / 100).rounded(.down) * 100 + upper : upper
                guard rest.count == 2 || rest.count == 4, end > base else { return nil }
                return Core(kind: .year, value: base, upper: end, unit: "year", end: index + 1)
            }
            guard upper > base else { return nil }
            return unit(after: Core(kind: .count, value: base, upper: upper, end: index + 1), scaled: false)
        }
        let parts = rest.split(separator: "-").map(String.init)
        guard let first = parts.first else { return nil }
        let singular = lexicon.nounLemma(of: first)
        if singular == "foot", parts.count == 2, let inches = Double(parts[1]), inches < 12 {
            return Core(kind: .physical, value: base * 12 + inches, unit: "inches", end: index + 1)  // `6-foot-2`: a height
        }
        if parts.count >= 2, singular == "year", parts[1] == "old" {
            return Core(kind: .age, value: base, unit: "years", end: index + 1)
        }
        if let duration = MeasureVocabulary.durationUnit(singular) {
            return Core(kind: .duration, value: base, unit: duration, end: index + 1)
        }
        if let physical = MeasureVocabulary.physicalUnit(singular) {
            return Core(kind: .physical, value: base, unit: physical, end: index + 1)
        }
        if first == "percent" { return Core(kind: .percent, value: base, unit: "percent", end: index + 1) }
        return Core(kind: .count, value: base, end: index + 1)
    }

    /// What follows a number: a scale word, `%`, a currency or a unit of time.
    private func unit(after core: Core, scaled: Bool) -> Core? {
        var core = core
        var scaled = scaled
        var k = core.end
        if k < tokens.count, let scale = NumberWords.scale(words[k]), words[k].count > 1 || tokens[k].spaceBefore == false,
           core.value.map({ $0 < 1e6 }) == true, !(words[k] == "m" || words[k] == "b") {
            core.value = core.value.map { $0 * scale }
            core.upper = core.upper.map { $0 * scale }
            core.plainInteger = false
            scaled = true
            k += 1
        }
        core.end = k
        guard k < tokens.count else { return core }
        let word = words[k]
        if word == "%" || word == "percent" {
            return Core(kind: .percent, value: core.value, upper: core.upper, unit: "percent", end: k + 1)
        }
        if word == "per", k + 1 < tokens.count, words[k + 1] == "cent" {
            return Core(kind: .percent, value: core.value, upper: core.upper, unit: "percent", end: k + 2)
        }
        if word == "percentage", k + 1 < tokens.count, words[k + 1].hasPrefix("point") {
            return Core(kind: .percent, value: core.value, upper: core.upper, unit: "percentage points", end: k + 2)
        }
        if let currency = MeasureVocabulary.currencyWord(word) ?? ((word == "pounds" && scaled) ? "GBP" : nil) {
            return Core(kind: .money, value: core.value, upper: core.upper, unit: currency, end: k + 1)
        }
        let singular = tokens[k].nounLemma
        if let duration = MeasureVocabulary.durationUnit(singular) {
            return time(core, unit: duration, at: k)
        }
        if let physical = MeasureVocabulary.physicalUnit(singular), word != "pound" || !scaled {
            return Core(kind: .physical, value: core.value, upper: core.upper, unit: physical, end: k + 1)
        }
        return core
    }

    /// `17 months`, `21 years old`, `28 years ago`.
    private func time(_ core: Core, unit: String, at k: Int) -> Core {
        let next = k + 1 < tokens.count ? words[k + 1] : ""
        if let years = Self.yearsPer[unit] {
            // `six decades` is 60 years, as a source that writes `60 years` says
            return Core(kind: .duration, value: core.value.map { $0 * years }, upper: core.upper.map { $0 * years }, unit: "years",
                        end: next == "ago" ? k + 2 : k + 1)
        }
        if unit == "years", next == "old" || next == "olds" {
            return Core(kind: .age, value: core.value, upper: core.upper, unit: "years", end: k + 2)
        }
        if next == "ago", unit == "years", let year = publishedYear, let value = core.value, value == value.rounded() {
            return Core(kind: .year, value: Double(year) - value, unit: "year", end: k + 2)
        }
        return Core(kind: .duration, value: core.value, upper: core.upper, unit: unit, end: next == "ago" ? k + 2 : k + 1)
    }

    static let referringDeterminers = WordList.referringDeterminers.words
    static let halfPartOpeners = WordList.halfPartOpeners.words
    static let dollarPrefixes = WordList.dollarPrefixes.pairs
    static let clockTimeMarkers = WordSet(WordList.clockTimeMarkers.words)

    /// Units of time counted in years.
    static let yearsPer: [String: Double] = ["decades": 10, "centuries": 100]

    /// `hundreds`, `tens of thousands`, `fewer than half`, `a third`.
    private func vague(at index: Int) -> Core? {
        let word = words[index]
        let next = index + 1 < tokens.count ? words[index + 1] : ""
        let previous = index > 0 ? words[index - 1] : ""
        switch word {
        case "hundreds", "thousands", "millions", "billions", "dozens":
            if next == "of", index + 2 < tokens.count, ["thousands", "millions", "billions"].contains(words[index + 2]) {
                return Core(kind: .vague, end: index + 3)
            }
            return previous == "the" ? nil : Core(kind: .vague, end: index + 1)
        case "scores", "tens":
            guard next == "of" else { return nil }
            if index + 2 < tokens.count, ["thousands", "millions", "billions"].contains(words[index + 2]) {
                return Core(kind: .vague, end: index + 3)
            }
            return word == "scores" ? Core(kind: .vague, end: index + 1) : nil
        case "half" where (next == "a" || next == "an") && index + 2 < tokens.count:
            // `half a ton`, `half an hour`
            let unit = tokens[index + 2].nounLemma
            if let physical = MeasureVocabulary.physicalUnit(unit) { return Core(kind: .physical, value: 0.5, unit: physical, end: index + 3) }
            if let duration = MeasureVocabulary.durationUnit(unit) { return Core(kind: .duration, value: 0.5, unit: duration, end: index + 3) }
            return nil
        case "half":
            guard next == "of" || next == "the", !Self.halfPartOpeners.contains(previous) else { return nil }
            return Core(kind: .vague, end: index + 1)
        case "two-thirds", "one-third", "three-quarters", "one-quarter":
            return next == "of" ? Core(kind: .vague, end: index + 1) : nil
        case "a" where ["third", "quarter", "fifth", "handful"].contains(next):
            return index + 2 < tokens.count && words[index + 2] == "of" ? Core(kind: .vague, end: index + 2) : nil
        default:
            return nil
        }
    }

    /// `10 to 12`, `between 10 and 12`: the top of the range, and the end of the quantity.
    private func withRange(_ core: Core, from start: Int) -> Core {
        guard core.upper == nil, core.kind != .vague, let value = core.value,
              core.end + 1 < tokens.count else { return core }
        let link = words[core.end]
        let isBetween = start > 0 && words[start - 1] == "between" && link == "and"
        let isTo = (link == "to" || link == "-" || link == "\u{2013}") && (start == 0 || words[start - 1] != "from")
        guard isBetween || isTo, tokens[core.end + 1].kind == .number, var second = digits(at: core.end + 1),
              second.kind == core.kind || core.kind == .count, let top = second.value, top > value else { return core }
        if core.kind == .count && second.kind != .count {
            second.upper = top
            second.value = value
            return second
        }
        var ranged = core
        ranged.upper = top
        ranged.end = second.end
        if core.plainInteger, second.plainInteger, Self.isYearNumber(value, tokens[start].text), Self.isYearNumber(top, tokens[core.end + 1].text) {
            ranged.kind = .year  // `between 1990 and 2004`: a span of years, not a count
            ranged.unit = "year"
        }
        ranged.plainInteger = false
        return ranged
    }

    // MARK: around the number

    /// The token is read in place, not copied, and the cheap tests come first: a currency sign is a punctuation
    /// token of its own (the tokenizer makes one of every scalar that is no letter or digit), and a code stands before a
    /// number.
    private func currencyPrefix(at index: Int) -> (String, Int)? {
        if tokens[index].kind == .punctuation, let code = MeasureVocabulary.currencySymbols[tokens[index].text] { return (code, 1) }
        if index + 1 < tokens.count, tokens[index + 1].text == "$", !tokens[index + 1].spaceBefore {
            if let code = Self.dollarPrefixes[tokens[index].lower] { return (code, 2) }
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, MeasureVocabulary.currencyCodes.contains(tokens[index].lower),
           tokens[index].text == tokens[index].text.uppercased() {
            return (tokens[index].text, 1)
        }
        return nil
    }

    /// Days of a date, years of a date, clock times, and numbers that name things (`Phase 2`, `Boeing 737`).
    private func isDateOrLabel(start: Int, numberStart: Int, core: Core) -> Bool {
        if start == numberStart, start > 0, MeasureVocabulary.labelNouns.contains(words[start - 1]) {
            return true  // `phase two`, `Article 5`
        }
        guard tokens[numberStart].kind == .number, start == numberStart else { return false }
        // The tokens either side by position, read in place: taken whole (`let previous = tokens[numberStart - 1]`), each
        // was a copy of the token, its strings retained and released, for every number.
        let previous = numberStart > 0 ? numberStart - 1 : nil
        let next = core.end < tokens.count ? core.end : nil
        if let previous, tokens.isCapitalized(at: previous),
           MeasureVocabulary.monthWords.contains(words[previous]) || MeasureVocabulary.weekdayWords.contains(words[previous]) {
            return true
        }
        if let next, tokens.isCapitalized(at: next), core.plainInteger, (core.value ?? 99) <= 31, MeasureVocabulary.monthWords.contains(words[next]) {
            return true
        }
        if let next, tokens[next].text == ":" || tokens[next].text == "/" { return true }
        if let previous, tokens[previous].text == ":" || tokens[previous].text == "/" || tokens[previous].text == "#" { return true }
        if let next, Self.clockTimeMarkers.contains(words[next]) {
            return true
        }
        if numberStart >= 3, let previous, tokens[previous].text == ",", tokens[numberStart - 2].kind == .number,
           tokens.isCapitalized(at: numberStart - 3), MeasureVocabulary.monthWords.contains(words[numberStart - 3]) {
            return true  // March 5, 2025
        }
        if let previous, tokens.isCapitalized(at: previous), !isFunctionWord(words[previous]),
           !MeasureVocabulary.currencyCodes.contains(words[previous]),
           MeasureVocabulary.event(of: words[previous]) == nil {
            return true
        }
        return false
    }

    private func isFunctionWord(_ word: String) -> Bool {
        MeasureVocabulary.functionWordSet.contains(word) || FigureQualifier.oneWordBefore.contains(word)
    }


    /// `Smith, 47,`: a number set off by commas right after a name is the person's age.
    private func isAgeAfterName(_ index: Int, end: Int, value: Double?) -> Bool {
        guard let value, value >= 1, value <= FigureRules.oldestAge, index >= 2, end < tokens.count else { return false }
        return tokens[index - 1].text == "," && tokens[end].text == "," && tokens[index - 2].isCapitalized
    }

    static func isYearNumber(_ value: Double, _ text: String) -> Bool {
        text.count == 4 && value >= 1800 && value <= 2100
    }

    /// A bare four-digit number from 1800 to 2100 is a year unless a plural noun follows (`2000 people`).
    private func isYear(_ value: Double, at index: Int, end: Int) -> Bool {
        guard value >= 1800, value <= 2100, tokens[index].text.count == 4 else { return false }
        let previous = index > 0 ? words[index - 1] : ""
        if MeasureVocabulary.yearPrepositions.contains(previous) { return true }
        guard end < tokens.count else { return true }
        let next = tokens[end]
        let nounFollows = next.isWord && !next.isCapitalized && next.lower.hasSuffix("s")
            && !MeasureVocabulary.functionWordSet.contains(next.lower)
        return !nounFollows
    }

    private func qualifierBefore(_ start: Int) -> (String, Int)? {
        // Every phrase ends with the word just before the number: without one of their last words there, none is tried.
        guard start > 0, FigureQualifier.lastWordsBefore.contains(words[start - 1]) else { return nil }
        for phrase in FigureQualifier.before where phrase.count <= start {
            // Compared in place, without copying the words for each phrase tried.
            if words[(start - phrase.count)..<start].elementsEqual(phrase) { return (phrase.joined(separator: " "), phrase.count) }
        }
        return nil
    }

    private func qualifierAfter(_ end: Int) -> [String]? {
        FigureQualifier.after.first { phrase in
            end + phrase.count <= tokens.count && words[end..<(end + phrase.count)].elementsEqual(phrase)
        }
    }
}
