import DossierLanguage

/// English number words: `ten`, `twenty-four`, `a dozen`, `four dozen`, `a hundred`, `two hundred and fifty`.
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply what comes before them (`four dozen`, `two hundred`).
    static let multipliers: [String: Double] = ["dozen": 12, "hundred": 100]
    /// Scale words after a number (`1.9 million`, `$11 billion`, `£5bn`).
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// The value of a scale word (`million`, `bn`), or nil: asked of the word after every number, which most often fails a
    /// first look that hashes nothing (`WordSet`) before the dictionary (hashed by SipHash).
    static func scale(_ word: String) -> Double? { scaleWords.mayContain(word) ? scales[word] : nil }
    private static let scaleWords = WordSet(Set(scales.keys))

    /// The value of one word such as `seven` or `twenty-four`; nil if it is not one.
    static func simpleValue(_ word: String) -> Double? {
        // Asked of every content word around a number: most words fail the first look and are hashed into neither table.
        if simpleWords.mayContain(word), let value = simpleValues[word] { return value }
        guard word.holdsByte(UInt8(ascii: "-")) else { return nil }  // most words: no need to split
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit > 0, unit < 10 { return ten + unit }
        return nil
    }

    /// The unit and ten words (`seven`, `twenty`), with a first look that hashes nothing (`WordSet`).
    private static let simpleWords = WordSet(Set(simpleValues.keys))

    /// The values of the unit and ten words in one table: a word that passes the first look is hashed once (looked for
    /// among the units, then among the tens, a ten or a word that is neither was hashed twice).
    private static let simpleValues = units.merging(tens) { unit, _ in unit }

    /// The multiplier and scale words (`dozen`, `million`, `bn`), with the same first look.
    private static let multiplierAndScaleWords = WordSet(Set(multipliers.keys).union(scales.keys))

    static func isNumberWord(_ word: String) -> Bool {
        if simpleValue(word) != nil { return true }
        return multiplierAndScaleWords.mayContain(word) && (multipliers[word] != nil || (scales[word] != nil && word.count > 2))
    }

    /// Reads number words from `start`; the value and the index after the last word used.
    /// A lone `one` or `a` is not a number (`one of the sources`, `a deal`); `a dozen`, `one million` are.
    static func parse(_ words: [String], from start: Int) -> (value: Double, end: Int)? {
        var total = 0.0
        var current = 0.0
        var index = start
        var used = 0
        var lastSimple: Double?
        while index < words.count {
            let word = words[index]
            if word == "a" && index == start {
                guard index + 1 < words.count, multipliers[words[index + 1]] != nil || bigScale(words[index + 1]) != nil else { return nil }
                current = 1
                index += 1
                continue
            }
            if let value = simpleValue(word) {
                // `twenty four` reads as one number; `three four` does not.
                if let last = lastSimple, !(last >= 20 && last.truncatingRemainder(dividingBy: 10) == 0 && value < 10) { break }
                current += value
                lastSimple = value
            } else if let multiplier = multipliers[word] {
                current = max(current, 1) * multiplier
                lastSimple = nil
            } else if let scale = bigScale(word) {
                total += max(current, 1) * scale
                current = 0
                lastSimple = nil
            } else if word == "and", used > 0, index + 2 < words.count, words[index + 1] == "a", words[index + 2] == "half" {
                current += 0.5  // `three and a half`
                index += 3
                used += 1
                break
            } else if word == "and", used > 0, current >= 100 || total > 0,
                      index + 1 < words.count, simpleValue(words[index + 1]) != nil {
                lastSimple = nil
                index += 1
                continue
            } else {
                break
            }
            used += 1
            index += 1
        }
        guard used > 0 else { return nil }
        if used == 1 && words[start] == "one" { return nil }
        return (total + current, index)
    }

    private static func bigScale(_ word: String) -> Double? { bigScales[word] }

    /// Scale words spelled out, which can start a number (`a million`, `thousand`).
    private static let bigScales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// Whether a number can start at the token at `index`: digits, or a word that can open a number, an amount or a
    /// fraction (`seven`, `twenty-four`, `a dozen`, `hundreds`, `half`, `two-thirds`, `six-month`). A quick test that
    /// rules out most tokens before any reading; it must hold for every token where `QuantityRecognizer` finds a number.
    /// `a` opens one only before the words it can count with (`a dozen`, `a million`, `a third of`), so the many
    /// sentences with an `a` and no number are passed over too.
    static func mayStartNumber(_ tokens: [Token], at index: Int) -> Bool {
        mayStartNumber(tokens, at: index, openings: openings)
    }

    /// `mayStartNumber(_:at:)` with the looks at a word's bytes (`openings`) the caller holds.
    static func mayStartNumber(_ tokens: [Token], at index: Int, openings: NumberOpenings) -> Bool {
        // The token read in place, not copied: this is asked of every token of every sentence.
        if tokens[index].kind == .number { return true }
        guard tokens[index].kind == .word else { return false }
        let lower = tokens[index].lower
        switch opening(of: lower, openings: openings) {
        case .article: return index + 1 < tokens.count && countedAfterA.contains(tokens[index + 1].lower)
        case .hyphenated(let head): return simpleWords.contains(head)
        case .opener: return true
        case .none: return false
        }
    }

    /// `mayStartNumber(_:at:openings:)` with the answers about each word's type kept (`WordTypeAnswers`, of
    /// `FigureWordAnswers`): a word's bytes are read, and the word after `a` looked up, once per type a run meets, not
    /// for every token.
    static func mayStartNumber(_ tokens: [Token], at index: Int, openings: NumberOpenings, answers: inout WordTypeAnswers) -> Bool {
        switch tokens[index].kind {
        case .number: return true
        case .punctuation: return false
        case .word:
            let found = FigureWordAnswers.answers(of: tokens, at: index, openings: openings, in: &answers)
            return mayStartNumber(tokens, at: index, answers: found) {
                FigureWordAnswers.answers(of: tokens, at: index + 1, openings: openings, in: &answers)
            }
        }
    }

    /// Whether a number may start at the word at `index`, whose answers (`FigureWordAnswers`) are `found`; `next` gives
    /// the answers of the token after it (asked only after `a`).
    @inline(__always)
    static func mayStartNumber(_ tokens: [Token], at index: Int, answers found: UInt8, next: () -> UInt8) -> Bool {
        if found & FigureWordAnswers.opener != 0 { return true }
        // Every word `a` counts with is a word: after `a`, a number or a mark opens nothing.
        guard found & FigureWordAnswers.article != 0, index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        return next() & FigureWordAnswers.countedAfterA != 0
    }

    /// The answers about where a number may start (`FigureWordAnswers`' `opener`, `article` and `countedAfterA`) of the
    /// word whose lower form is `lower`: what `mayStartNumber(_:at:openings:)` works out for every token.
    static func openingAnswers(of lower: String, openings: NumberOpenings) -> UInt8 {
        var found: UInt8 = 0
        switch opening(of: lower, openings: openings) {
        case .article: found |= FigureWordAnswers.article
        case .hyphenated(let head): if simpleWords.contains(head) { found |= FigureWordAnswers.opener }
        case .opener: found |= FigureWordAnswers.opener
        case .none: break
        }
        if countedAfterA.contains(lower) { found |= FigureWordAnswers.countedAfterA }
        return found
    }

    /// The word's bytes read once, in place: a word is a few bytes long, and a loop over them cost less than the
    /// comparison with `a` and the search for a hyphen by `memchr` (a call, with the word retained and released around it).
    private static func opening(of word: String, openings: NumberOpenings) -> NumberOpenings.Opening {
        if let opening = word.utf8.withContiguousStorageIfAvailable({ openings.opening(of: $0) }) { return opening }
        return Array(word.utf8).withUnsafeBufferPointer { openings.opening(of: $0) }
    }

    /// The looks at a word's bytes `mayStartNumber` asks (`NumberOpenings`), for a caller to hold: the openers are every
    /// unhyphenated word but `a` that a number, an amount or a fraction can open with: the number words, their plurals
    /// (`hundreds`, `tens of thousands`: vague amounts), `half` and `scores`; the heads, the unit and ten words.
    static let openings: NumberOpenings = {
        let numberWords = Set(units.keys).union(tens.keys).union(multipliers.keys).union(bigScales.keys)
        return NumberOpenings(openers: numberWords.union(numberWords.map { $0 + "s" }).union(["half", "scores"]),
                              heads: Set(simpleValues.keys))
    }()

    /// The words after which `a` opens a number (`parse`: a multiplier or a scale word) or an amount (`a third of`,
    /// `a handful of`: the vague amounts `QuantityRecognizer` reads).
    private static let countedAfterA = WordSet(Set(multipliers.keys).union(bigScales.keys).union(["third", "quarter", "fifth", "handful"]))

}
