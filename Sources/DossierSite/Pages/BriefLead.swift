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
        let sets = main.map { Set($0.sentences) }
        var chosen: [Line] = []
        // Each source's headline, normalized once for all its sentences.
        var headlines: [String: String?] = [:]
        for topic in main.prefix(count) {
            let quoted = Set(chosen.map(\.reference.source))
            // News puts the bottom line first: among sentences touching the main topics, early ones win.
            let best = topic.sentences.filter { reference in !chosen.contains { $0.reference == reference } }
                .compactMap { reference -> (SentenceReference, String, Double)? in
                    guard let article = dossier.source(reference.source),
                          let (sentence, position) = sentences.entry(reference).map({ ($0.sentence, $0.position) }) else { return nil }
                    if headlines[article.id] == nil { headlines[article.id] = .some(article.metadata.title.map(normalized)) }
                    guard isLeadSentence(sentence, headline: headlines[article.id] ?? nil) else { return nil }
                    let touched = Double(sets.filter { $0.contains(reference) }.count)
                    let repeatPenalty = quoted.contains(reference.source) ? BriefRules.repeatedSourcePenalty : 0
                    // Machine-translated prose reads badly and a duplicate adds no voice.
                    let flagPenalty = article.flags.contains { weakFlags.contains($0.kind) } ? BriefRules.weakSourcePenalty : 0
                    let lateness = Double(min(position, BriefRules.positionCap)) / BriefRules.positionStep
                    return (reference, sentence.text, BriefRules.touchedTopicWeight * touched - lateness - repeatPenalty - flagPenalty)
                }
                .max { ($0.2, $1.0) < ($1.2, $0.0) }
            if let best { chosen.append(Line(topic: topic, reference: best.0, text: best.1)) }
        }
        return chosen
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
        let head = text.prefix(BriefRules.datelineReach)
        guard let cut = head.firstIndex(where: { "(—–-:".contains($0) }) else { return false }
        let place = head[..<cut].trimmingCharacters(in: .whitespaces)
        let letters = place.filter(\.isLetter)
        return letters.count >= BriefRules.datelineLetters && letters.allSatisfy(\.isUppercase)
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

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private static let weakFlags: Set<String> = ["machine-translated", "duplicate-of"]

    private static let pronouns = WordList.personalPronouns.words

    private static let leaningWords = WordList.leaningSentenceOpeners.words

    private static let boilerplate = WordList.leadBoilerplateCues.entries
}
