import DossierCore
import DossierLanguage
/// Direct quotations of one article and who said them: `“…,” X said`, `said X`, `X told Reuters: “…”`,
/// `he said` after a named speaker, and a quotation that goes on over the next sentence.
struct QuoteFinder: Sendable {
    /// A person's mention in a sentence of the article.
    struct Mention: Sendable, Hashable {
        var sentence: Int
        var tokenRange: Range<Int>
        var person: Int
    }

    /// A quotation found, with the sentence it is in and the speaker's person index.
    struct Found: Sendable, Hashable {
        var sentence: Int
        var text: String
        var person: Int
    }

    /// The speech verbs, asked of every word of every sentence: with a first look that hashes nothing (`WordSet`).
    private static let speechVerbs = WordSet(NameLexicon.speechVerbs)

    /// `he` or `she`: two comparisons of short strings, where a set would hash every word of every sentence.
    private static func isPronoun(_ word: String) -> Bool {
        word == "he" || word == "she"
    }

    /// What a sentence says of quotations by itself, before what the sentences before it carry into it.
    private struct SentenceReading: Sendable {
        /// The people mentioned in it, in reading order.
        var here: [Mention]
        /// Its quotations, read as if none were open where it starts.
        var quoted: QuotedText
        /// Who it says is speaking, read only where it holds a quotation (nil elsewhere: see `quotes`).
        var cue: SpeakerCue?
    }

    /// Who a sentence says is speaking.
    private struct SpeakerCue: Sendable {
        /// The person named next to a speech verb (`attributedSpeaker`).
        var attributed: Int?
        /// Without such a person: `he said`, `she told` (`hasPronounAttribution`).
        var pronounAttribution: Bool
    }

    private func speakerCue(_ tokens: [Token], mentions: [Mention]) -> SpeakerCue {
        let attributed = attributedSpeaker(tokens, mentions: mentions)
        return SpeakerCue(attributed: attributed, pronounAttribution: attributed == nil && hasPronounAttribution(tokens))
    }

    /// The quotations of an article's sentences and who said them. What each sentence says by itself is read first,
    /// a long article's in runs on all cores (`SentenceBatches`); then one pass in reading order carries what a sentence
    /// tells the next (the last speaker, a quotation left open).
    ///
    /// A sentence's speaker is asked only where it holds a quotation: elsewhere it has no quotation to give the speaker,
    /// and leaves none open for the next (its speech verbs and pronouns were read in every sentence of the article).
    func quotes(sentences: [Sentence], mentions: [Mention], batchSize: Int = SentenceBatches.minimumSentencesPerBatch,
                maximumBatches: Int = SentenceBatches.coreCount) -> [Found] {
        // Every speaker is a person mentioned in the article (named beside a speech verb, or the last one named or
        // heard): an article that mentions nobody quotes nobody, and its sentences need not be read.
        guard !mentions.isEmpty else { return [] }
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        // The sentences are read in place, through the run's buffer: iterating them (zip, for-in) copied each one,
        // retaining and releasing its text and tokens, and so did reading one of the slice by its position.
        let readings = SentenceBatches.map(sentencesOf: sentences, batchSize: batchSize, maximumBatches: maximumBatches) { run in
            run.withUnsafeBufferPointer { buffer in
                buffer.indices.map { offset in
                    let here = (bySentence[run.startIndex + offset] ?? []).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
                    let quoted = QuotedText.spans(buffer[offset].text)
                    return SentenceReading(here: here, quoted: quoted,
                                           cue: quoted.texts.isEmpty ? nil : speakerCue(buffer[offset].tokens, mentions: here))
                }
            }
        }.joined()
        var found: [Found] = []
        var lastSpeaker: (person: Int, sentence: Int)?
        var lastMentioned: (person: Int, sentence: Int)?
        var openQuoteSpeaker: Int?
        var openUntil = -1
        for (index, reading) in zip(sentences.indices, readings) {
            let tokens = sentences[index].tokens
            let startsInsideQuote = openQuoteSpeaker != nil && index <= openUntil
            let quoted = startsInsideQuote ? QuotedText.spans(sentences[index].text, startsOpen: true) : reading.quoted
            let texts = quoted.texts
            var speaker: Int?
            if !texts.isEmpty {
                // A sentence going on with a quotation opened before it was not read for its speaker (it opens none).
                let cue = reading.cue ?? speakerCue(tokens, mentions: reading.here)
                speaker = cue.attributed
                if speaker == nil, cue.pronounAttribution {
                    if let last = lastSpeaker, index - last.sentence <= QuoteRules.pronounSpeakerReach { speaker = last.person }
                    else if let last = lastMentioned, index - last.sentence <= QuoteRules.pronounMentionReach { speaker = last.person }
                }
                if speaker == nil, let open = openQuoteSpeaker, outsideWords(tokens) < QuoteRules.continuationOutsideWords {
                    speaker = open
                }
                if speaker == nil, startsInsideQuote || quoted.isWhole, let last = lastSpeaker, index - last.sentence == 1 {
                    speaker = last.person
                }
            }
            if let speaker {
                // Each quotation's words as `spans` counted them.
                for (text, words) in zip(texts, quoted.wordCounts) where words >= QuoteRules.minimumWords {
                    found.append(Found(sentence: index, text: text, person: speaker))
                }
                lastSpeaker = (speaker, index)
            }
            if quoted.leavesOpen, let closer = QuotedText.closingSentence(after: index, in: sentences) {
                openQuoteSpeaker = speaker ?? lastSpeaker?.person
                openUntil = closer
            } else if index >= openUntil {
                openQuoteSpeaker = nil
            }
            if let last = reading.here.last { lastMentioned = (last.person, index) }
        }
        return found
    }

    /// The person named next to a speech verb outside the quotation marks.
    private func attributedSpeaker(_ tokens: [Token], mentions: [Mention]) -> Int? {
        // Without a mention there is nobody to attribute (most sentences): the speech verbs are not looked for.
        guard !mentions.isEmpty else { return nil }
        let verbs = tokens.indices.filter { !tokens[$0].isQuoted && Self.speechVerbs.contains(tokens[$0].lower) }
        guard !verbs.isEmpty else { return nil }
        var best: (distance: Int, person: Int)?
        for mention in mentions where !tokens[mention.tokenRange.lowerBound].isQuoted {
            for verb in verbs {
                let distance = verb >= mention.tokenRange.upperBound ? verb - mention.tokenRange.upperBound : mention.tokenRange.lowerBound - verb - 1
                guard distance >= 0, distance <= QuoteRules.attributionReach else { continue }
                if best == nil || distance < best!.distance { best = (distance, mention.person) }
            }
        }
        return best?.person
    }

    private func hasPronounAttribution(_ tokens: [Token]) -> Bool {
        // By position: each token read in place, not copied (a copy retains and releases its strings).
        for index in tokens.indices where !tokens[index].isQuoted && Self.isPronoun(tokens[index].lower) {
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            let previous = index > 0 ? tokens[index - 1].lower : ""
            if Self.speechVerbs.contains(next) || Self.speechVerbs.contains(previous) { return true }
        }
        return false
    }

    /// Counted in place: filtering copied every such token into an array first.
    private func outsideWords(_ tokens: [Token]) -> Int {
        var count = 0
        for index in tokens.indices where Token.isWordOrNumber(tokens, at: index) && !tokens[index].isQuoted { count += 1 }
        return count
    }
}

/// The quoted parts of a sentence.
struct QuotedText: Sendable {
    var texts: [String]
    /// The space-separated words of each text (`spaceSeparatedWords`), counted once, where the sentence's outside words
    /// are counted.
    var wordCounts: [Int]
    /// A quotation opens and does not close in this sentence.
    var leavesOpen: Bool
    /// The sentence is one quotation with at most a word outside.
    var isWhole: Bool

    /// The sentence that closes a quotation left open in sentence `index`: the next one with a quotation mark,
    /// when that mark closes (`…,” she said.`) and it comes within `QuoteRules.closingSentenceReach` sentences; nil when
    /// the quotation is never closed.
    static func closingSentence(after index: Int, in sentences: [Sentence]) -> Int? {
        for next in (index + 1)..<min(sentences.count, index + 1 + QuoteRules.closingSentenceReach) {
            let text = sentences[next].text
            // The marks read where they are, without a string of them; scalar by scalar where that reads as Characters.
            guard let closes = scalarsAreCharacters(text) ? closesQuotation(text.unicodeScalars) : closesQuotation(text) else { continue }
            return closes ? next : nil
        }
        return nil
    }

    /// Whether the double quotation marks (`“`, `”`, `"`) of `elements` close a quotation opened before them: the
    /// first is a closing mark, or a straight mark with an odd count; nil when there is none.
    static func closesQuotation<Elements: Sequence>(_ elements: Elements) -> Bool?
        where Elements.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var first: Elements.Element?
        var count = 0
        for element in elements where element == "“" || element == "”" || element == "\"" {
            if first == nil { first = element }
            count += 1
        }
        guard let first else { return nil }
        return first == "”" || (first == "\"" && count % 2 == 1)
    }

    static func spans(_ sentence: String, startsOpen: Bool = false) -> QuotedText {
        // Most sentences hold no quotation: without an opening mark there is nothing to read.
        if !startsOpen, !hasOpeningMark(sentence) {
            return QuotedText(texts: [], wordCounts: [], leavesOpen: false, isWhole: false)
        }
        // Where each scalar is a Character of its own, the marks and the spaces are found in the UTF-8 bytes: the
        // sentence's words counted once (that count also tells whether its scalars are Characters), its marks in one
        // more pass, without decoding a scalar or breaking graphemes.
        let byBytes = sentence.utf8.withContiguousStorageIfAvailable { bytes in
            SpacedWordBytes.wordCount(bytes).map { words in
                (words: words, marks: QuotationMarkBytes.quotations(bytes, startsOpen: startsOpen))
            }
        }
        if let reading = byBytes ?? nil {
            return spans(sentence, words: reading.words, closed: reading.marks.closed, openFrom: reading.marks.openFrom)
        }
        if scalarsAreCharacters(sentence) { return spans(sentence, startsOpen: startsOpen, reading: sentence.unicodeScalars) }
        return spans(sentence, startsOpen: startsOpen, reading: sentence)
    }

    /// The quotations of `sentence` from the byte offsets `QuotationMarkBytes` found, cut and cleaned as
    /// `spans(_:startsOpen:reading:)` cuts and cleans them; `words` is the sentence's `spaceSeparatedWords`.
    private static func spans(_ sentence: String, words: Int, closed: [Range<Int>], openFrom: Int?) -> QuotedText {
        let utf8 = sentence.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var texts: [String] = []
        for range in closed {
            if let cleaned = clean(sentence[index(range.lowerBound)..<index(range.upperBound)].trimmingSpaces()) {
                texts.append(cleaned)
            }
        }
        var leavesOpen = false
        if let openFrom, let cleaned = clean(String(sentence[index(openFrom)...])) {
            texts.append(cleaned)
            leavesOpen = true
        }
        return quotedText(texts, leavesOpen: leavesOpen, sentenceWords: words)
    }

    /// Whether the text holds an opening double mark (`“` or `"`), found in its UTF-8 by the C library (`containsByte`,
    /// `containsLiteral`): `"` is one byte, and the bytes of `“` (E2 80 9C) are no other scalar's and inside none, so
    /// the bytes answer as the scalars do, without decoding every scalar of every sentence.
    static func hasOpeningMark(_ text: String) -> Bool {
        text.containsByte(UInt8(ascii: "\"")) || text.containsLiteral("“")
    }

    /// The quotations of `sentence`, reading its marks as the elements of `marks` (its Characters, or its scalars
    /// when those are the same: `scalarsAreCharacters`).
    static func spans<Marks: Collection>(_ sentence: String, startsOpen: Bool, reading marks: Marks) -> QuotedText
        where Marks.Index == String.Index, Marks.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var texts: [String] = []
        // Where the open quotation's text starts: each quotation is cut from the sentence once, not built up a
        // character at a time.
        var opened: String.Index? = startsOpen ? sentence.startIndex : nil
        var leavesOpen = false
        var index = marks.startIndex
        while index < marks.endIndex {
            let character = marks[index]
            let next = marks.index(after: index)
            if let start = opened {
                if character == "”" || character == "\"" {
                    if let cleaned = clean(sentence[start..<index].trimmingSpaces()) { texts.append(cleaned) }
                    opened = nil
                }
            } else if character == "“" || character == "\"" {
                opened = next
            }
            index = next
        }
        if let start = opened, let cleaned = clean(String(sentence[start...])) {
            texts.append(cleaned)
            leavesOpen = true
        }
        return quotedText(texts, leavesOpen: leavesOpen, sentenceWords: spaceSeparatedWords(sentence))
    }

    /// The quotations with their words counted, and whether the sentence is one of them with at most a word outside.
    private static func quotedText(_ texts: [String], leavesOpen: Bool, sentenceWords: Int) -> QuotedText {
        let wordCounts = texts.map(spaceSeparatedWords)
        let outside = sentenceWords - wordCounts.reduce(0, +)
        return QuotedText(texts: texts, wordCounts: wordCounts, leavesOpen: leavesOpen,
                          isWhole: !texts.isEmpty && outside <= QuoteRules.wholeQuoteOutsideWords)
    }

    /// Whether each Unicode scalar of `text` is a Character of its own, so that a quotation mark or a space can be found
    /// scalar by scalar: no scalar from U+0300 on (where combining marks, joiners and the scripts whose letters combine
    /// start) but the general punctuation of U+2010–U+2027 (dashes, curly quotation marks, the ellipsis), none of which
    /// joins a neighbour. (Below U+0300 only CR LF makes one Character of two scalars, and neither is a mark or a space.)
    /// Told by the UTF-8 bytes (`SpacedWordBytes`), without decoding the scalars.
    static func scalarsAreCharacters(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { SpacedWordBytes.wordCount($0) != nil }
            ?? text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
    }

    /// How many words `text.split(separator: " ")` would give, counted without making them: from the UTF-8 bytes in
    /// one pass where each scalar is a Character (`SpacedWordBytes`), else Character by Character.
    static func spaceSeparatedWords(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(SpacedWordBytes.wordCount), let count { return count }
        return scalarsAreCharacters(text) ? spaceSeparatedWords(in: text.unicodeScalars) : spaceSeparatedWords(in: text)
    }

    private static func spaceSeparatedWords<Elements: Sequence>(in elements: Elements) -> Int
        where Elements.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var count = 0
        var inWord = false
        for element in elements {
            if element == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Trimmed text without the trailing comma a quotation ends with before its attribution.
    static func clean(_ text: String) -> String? {
        var text = text.trimmingWhitespaceAndNewlines()
        text = text[...].trimmingScalars { $0 == "“" || $0 == "”" || $0 == "\"" }
        while text.hasSuffix(",") { text.removeLast() }
        text = text.trimmingSpaces()
        return text.isEmpty ? nil : text
    }
}

import Foundation
