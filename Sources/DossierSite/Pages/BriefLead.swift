import DossierCore
import DossierLanguage

/// The lead of the brief: for each of the most-covered topics, one statement from a source that says
/// what happened, early in its article, touching other main topics, from a source not quoted yet.
enum BriefLead {
    /// One lead sentence and the topic it stands for.
    struct Line {
        var topic: Topic
        var reference: SentenceReference
        var text: String
    }

    static func lines(_ dossier: Dossier, topics count: Int, sentences: SentenceIndex) -> [Line] {
        let main = Array(dossier.topics.prefix(count + BriefRules.extraMainTopics))
        // How many main topics each sentence touches, counted once for all the lead's candidates (asking each topic's
        // set about each candidate hashed its reference once per main topic).
        var touched: [SentenceReference: Int] = [:]
        for topic in main {
            for reference in Set(topic.sentences) { touched[reference, default: 0] += 1 }
        }
        var chosen: [Line] = []
        // What the lead needs of each source, found once for all its sentences (nil: no source has that id).
        var sources: [String: SourceFacts?] = [:]
        for topic in main.prefix(count) {
            let quoted = Set(chosen.map(\.reference.source))
            // News puts the bottom line first: among sentences touching the main topics, early ones win.
            var candidates: [Candidate] = []
            for reference in topic.sentences where !chosen.contains(where: { $0.reference == reference }) {
                if sources[reference.source] == nil { sources[reference.source] = .some(dossier.source(reference.source).map(SourceFacts.init)) }
                guard let source = sources[reference.source] ?? nil, let entry = sentences.entry(reference) else { continue }
                let touchedTopics = Double(touched[reference] ?? 0)
                let repeatPenalty = quoted.contains(reference.source) ? BriefRules.repeatedSourcePenalty : 0
                let flagPenalty = source.isWeak ? BriefRules.weakSourcePenalty : 0
                let lateness = Double(min(entry.position, BriefRules.positionCap)) / BriefRules.positionStep
                candidates.append(Candidate(reference: reference, entry: entry, headline: source.headline,
                                            score: BriefRules.touchedTopicWeight * touchedTopics - lateness - repeatPenalty - flagPenalty))
            }
            // The best score wins, the first reference among equal ones: the candidates are read best first, and only
            // until one reads alone (most are never read).
            candidates.sort { ($0.score, $1.reference) > ($1.score, $0.reference) }
            if let best = candidates.first(where: { isLeadSentence(sentences.sentence(at: $0.entry), headline: $0.headline) }) {
                chosen.append(Line(topic: topic, reference: best.reference, text: sentences.text(at: best.entry)))
            }
        }
        return chosen
    }

    /// A sentence that may lead for a topic, with its score.
    private struct Candidate {
        var reference: SentenceReference
        var entry: SentenceIndex.Entry
        /// Its source's headline, `normalized`.
        var headline: String?
        var score: Double
    }

    /// What the lead needs of a source: its headline, `normalized`, and whether it is a weak voice.
    private struct SourceFacts {
        var headline: String?
        /// Machine-translated prose reads badly and a duplicate adds no voice.
        var isWeak: Bool

        init(_ article: Article) {
            headline = article.metadata.title.map(normalized)
            isWeak = article.flags.contains { weakFlags.contains($0.kind) }
        }
    }

    /// A statement that reads alone: of reasonable length, not a question, a quotation, a dateline,
    /// boilerplate or the headline again, and not leaning on the sentence before (`But`, `He`, `This`).
    static func isLeadSentence(_ sentence: Sentence, title: String? = nil) -> Bool {
        isLeadSentence(sentence, headline: title.map(normalized))
    }

    /// `isLeadSentence(_:title:)` with the title already `normalized`.
    private static func isLeadSentence(_ sentence: Sentence, headline: String?) -> Bool {
        let text = sentence.text
        let words = sentence.tokens.filter { !$0.isPunctuation }
        guard BriefRules.leadWords.contains(words.count), let first = words.first, let opening = text.first else { return false }
        if opening.isLowercase || "\"“‘'([-–—".contains(opening) { return false }
        if text.hasSuffix("?") || endsWithTagQuestion(words) { return false }
        if leaningWords.contains(first.lower) { return false }
        if isDateline(text) || isMostlyQuotation(text) { return false }
        let lower = text.lowercased()
        if boilerplate.contains(where: lower.containsLiteral) { return false }
        if let headline, repeats(headline, in: text) { return false }
        return true
    }

    /// `…, wouldn't he.`
    private static func endsWithTagQuestion(_ words: [Token]) -> Bool {
        guard words.count >= 2 else { return false }
        let last = words[words.count - 1].lower
        let verb = words[words.count - 2].lower
        // A pronoun or the `there` of `there is`.
        return (pronouns.contains(last) || last == "there") && verb.hasSuffix("n't")
    }

    /// `JERUSALEM (Reuters) - …`, `LONDON — …`: a place in capitals before a bracket or a dash.
    static func isDateline(_ text: String) -> Bool {
        if startsWithLowercaseWord(text) { return false }
        let head = text.prefix(BriefRules.datelineReach)
        guard let cut = head.firstIndex(where: { "(—–-:".contains($0) }) else { return false }
        let place = head[..<cut].trimmingCharacters(in: .whitespaces)
        let letters = place.filter(\.isLetter)
        return letters.count >= BriefRules.datelineLetters && letters.allSatisfy(\.isUppercase)
    }

    /// Whether a lowercase ASCII letter comes before any mark that could end a dateline's place, with nothing but ASCII
    /// before it (`The minister said…`): such a sentence has no dateline, as the place would hold that letter (ASCII
    /// letters are Characters of their own when only ASCII precedes them, and the first mark ends the place).
    /// Read on the bytes, so that most sentences are told apart without reading Characters.
    private static func startsWithLowercaseWord(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") { return false }
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return true }
        }
        return false
    }

    /// Most of the sentence is inside quotation marks: someone's words, not the story's statement.
    private static func isMostlyQuotation(_ text: String) -> Bool {
        // Most sentences hold no opening mark (`"` or `“`, E2 80 9C): found on the bytes, without reading Characters.
        guard text.utf8.contains(UInt8(ascii: "\"")) || text.utf8.contains(0x9C) else { return false }
        guard let open = text.firstIndex(where: { "\"“".contains($0) }),
              let close = text.lastIndex(where: { "\"”".contains($0) }), open < close else { return false }
        return 2 * text.distance(from: open, to: close) > text.count
    }

    /// The sentence is the headline (`normalized`), or starts with it.
    private static func repeats(_ headline: String, in text: String) -> Bool {
        headline.count >= BriefRules.shortestRepeatedHeadline && normalized(text).hasPrefix(headline)
    }

    /// The letters and digits of the text, lowercased. An ASCII text is read byte by byte: its Characters are its bytes
    /// (and `\r\n`, which is neither), its letters `A`–`Z` and `a`–`z`, its digits `0`–`9`.
    static func normalized(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var written = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        out[written] = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        out[written] = byte + 0x20
                    default:
                        continue
                    }
                    written += 1
                }
                return written
            }
        }
    }

    private static let weakFlags: Set<String> = ["machine-translated", "duplicate-of"]

    private static let pronouns = WordList.personalPronouns.words

    private static let leaningWords = WordList.leaningSentenceOpeners.words

    private static let boilerplate = WordList.leadBoilerplateCues.entries
}
