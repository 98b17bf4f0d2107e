import DossierCore
import DossierLanguage
import Foundation

/// Reads who published this copy (the outlet) and who first published the text (the origin).
///
/// Outlet: a signature line (`{Site.com Section}`), a copyright line, a lone domain, a contact e-mail's
/// domain in the footer (named as the text spells it: `freewestmedia.com` → `Free West Media`).
/// Origin: `originally published in X`, `Source: X`, `first appeared on X`, `republished from X`,
/// the wire service in a dateline among the first lines (`GAZA (AP) —`, `Washington (AFP) –`), or the lead crediting another outlet's reporting
/// (`officials told The Times of Israel`). Both stay nil when the text does not say.
struct OutletReader {
    struct Found: Equatable {
        var outlet: String?
        var origin: String?
        /// A section named in the signature line (`Israel` in `{Matzav.com Israel}`).
        var section: String?
        /// 1-based line of the origin credit, for the evidence of the `syndicated` flag.
        var originLine: Int?
    }

    func read(_ layout: inout ArticleLayout) -> Found {
        var found = Found()
        var lowercased = LowercasedLines()
        readSignature(&layout, into: &found, lowercased: &lowercased)
        readOriginCredit(&layout, into: &found, lowercased: &lowercased)
        if found.origin == nil, let (index, dateline) = DatelineReader().read(layout), let wire = dateline.wire {
            found.origin = wire
            found.originLine = layout.lines[index].number
        }
        if found.origin == nil, let lead = layout.firstProseIndex, let origin = leadAttribution(layout.text(lead)) {
            found.origin = origin
            found.originLine = layout.lines[lead].number
        }
        if found.outlet == nil { found.outlet = outletFromEmail(layout) }
        return found
    }

    /// `{Matzav.com Israel}`, `[Example News]`, `example.com`, `© 2025 Example Media. All rights reserved.`
    func readSignature(_ layout: inout ArticleLayout, into found: inout Found, lowercased: inout LowercasedLines) {
        for index in layout.footerIndices + layout.headerIndices + boilerplateTail(layout) {
            let text = layout.text(index)
            if Self.isBracketed(text), let inner = text.wholeMatch(of: /[{\[](.+)[}\]]/)?.1 {
                let words = inner.split(separator: " ").map(String.init)
                guard let first = words.first, SiteName.isDomain(first) || SiteName.looksLikeSite(String(inner)) else { continue }
                let isDomainFirst = SiteName.isDomain(first)
                found.outlet = found.outlet ?? (isDomainFirst ? first : String(inner))
                if isDomainFirst && words.count > 1 { found.section = words.dropFirst().joined(separator: " ") }
                layout.claim(index, as: .metadata("signature: outlet"))
            } else if layout.isBody(index), text.split(separator: " ").count == 1, SiteName.isDomain(text) {
                found.outlet = found.outlet ?? text
                layout.claim(index, as: .metadata("signature: outlet"))
            } else if Self.mayHoldCopyright(lowercased: lowercased.text(index, in: layout)), let copyright = text.firstMatch(of: /(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?([^.,|]+)/) {
                let name = OriginName.leadingName(String(copyright.1))
                if let name, found.outlet == nil { found.outlet = name }
            }
        }
    }

    /// `{…}` or `[…]`: the only lines a signature in brackets can be (checked before the slower regex).
    static func isBracketed(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return false }
        return (first == "{" || first == "[") && (last == "}" || last == "]")
    }

    /// Whether a copyright mark (`©`, `(c)`, `copyright` in any case) occurs: the regex that reads the name after it
    /// runs only then, as it is slow to fail on a long line.
    /// (`lower`: the line lowercased by `lowercasedFast`.)
    static func mayHoldCopyright(lowercased lower: String) -> Bool {
        lower.containsLiteral("©") || lower.containsLiteral("(c)") || lower.containsLiteral("copyright")
    }

    /// Origin credits in the header, the footer and the last lines of the text.
    func readOriginCredit(_ layout: inout ArticleLayout, into found: inout Found, lowercased: inout LowercasedLines) {
        let candidates = layout.headerIndices + layout.footerIndices + layout.lastBodyIndices(3)
        for index in candidates {
            let text = layout.text(index)
            guard let origin = originCredit(text, lowercased: lowercased.text(index, in: layout)) else { continue }
            found.origin = origin
            found.originLine = layout.lines[index].number
            if text.spacedWordCount <= 15 && !layout.isProse[index] || text.lowercased().hasPrefix("source") {
                layout.claim(index, as: .metadata("origin credit"))
            }
            return
        }
    }

    /// The origin a credit line names, or nil.
    func originCredit(_ line: String) -> String? { originCredit(line, lowercased: line.lowercasedFast()) }

    /// `originCredit` of a line lowercased already (`lowercasedFast`).
    func originCredit(_ line: String, lowercased lower: String) -> String? {
        // The regex runs only where a label can start the line: Swift regexes are slow to fail on every line.
        if Self.creditLabels.contains(where: lower.hasPrefix), line.spacedWordCount <= 10,
           let match = line.wholeMatch(of: Self.creditLabelPattern) {
            return OriginName.leadingName(String(match.1))
        }
        guard Self.creditVerbPhrases.occur(in: lower) else { return nil }
        // In running text the credit must speak of the text itself: `cards first appeared in the UK` is no credit.
        // The regex runs only on a line that names such a text: most long lines name none. An ASCII line is first
        // asked for `the` or `this` before the noun.
        let isCreditLine = line.spacedWordCount <= 15 || Self.textItselfNounPhrases.occur(in: lower) && namesTextItself(line, lowercased: lower)
        guard isCreditLine else { return nil }
        // On an ASCII line a pattern runs only when the line holds the words it needs (`creditPatternCues`).
        let isASCII = line.isAllASCII
        for (pattern, cues) in zip(Self.creditPatterns, Self.creditPatternCues) where !isASCII || cues.contains(where: lower.containsLiteral) {
            if let match = line.firstMatch(of: pattern) { return OriginName.leadingName(String(match.1)) }
        }
        return nil
    }

    /// Whether `textItselfPattern` matches the line. An ASCII line is read on its bytes first: a line without `the` or
    /// `this` before a noun cannot match, and one with them between spaces (most that have them) surely does; the
    /// regex, slow on long lines, runs only for the rest.
    func namesTextItself(_ line: String, lowercased lower: String) -> Bool {
        if line.isAllASCII {
            guard CreditLineCues.mayNameTextItself(lower, nouns: Self.textItselfNounBytes) else { return false }
            if CreditLineCues.surelyNamesTextItself(lower, nouns: Self.textItselfNounBytes) { return true }
        }
        return line.contains(Self.textItselfPattern)
    }

    /// The lead credits another outlet's reporting: `…sources with knowledge of the talks tell Axios`,
    /// `…an official who spoke to The Times of Israel`.
    func leadAttribution(_ line: String) -> String? {
        // The first sentence's bytes are some of the line's: a line without a telling verb is not split.
        guard Self.tellingVerbs.contains(where: line.containsLiteral),
              let first = SentenceSplitter().split(line).first?.1,
              Self.tellingVerbs.contains(where: first.containsLiteral) else { return nil }
        guard let match = first.firstMatch(of: Self.leadCreditPattern) else { return nil }
        guard let name = OriginName.leadingName(String(match.1)) else { return nil }
        if SiteName.looksLikeSite(name) { return name }
        if PersonName.isName(name) { return nil }
        return BylineReader.isOutletWord(name) ? name : nil
    }

    // Made once: a regex literal is parsed and compiled again each time it is evaluated (see `DateParser.isoPattern`).
    nonisolated(unsafe) static let creditLabelPattern = /(?i)(?:source|sources|via|courtesy of|credit|originally published by|republished from)\s*:?\s+(.+?)\.?/
    /// A credit in running text speaks of the text itself (`this article`).
    nonisolated(unsafe) static let textItselfPattern = try! Regex("(?i)\\b(?:this|the)\\s+(?:" + textItselfNouns.joined(separator: "|") + ")\\b")
    static let textItselfNouns = WordList.textItselfNouns.entries
    static let textItselfNounPhrases = LiteralPhrases(textItselfNouns)
    static let textItselfNounBytes = textItselfNouns.map { Array($0.utf8) }
    nonisolated(unsafe) static let creditPatterns = [
        /(?i)(?:originally|first)\s+(?:published|appeared|posted|ran|printed)\s+(?:in|on|by|at)\s+(.+)/,
        /(?i)(?:appeared|published)\s+first\s+(?:in|on|at)\s+(.+)/,
        /(?i)(?:republished|reprinted|reproduced|syndicated)\s+(?:from|by|with permission (?:of|from)|courtesy of)\s+(.+)/,
    ]
    /// For each of `creditPatterns`, words one of which a line must hold (lower case) for the pattern to match it.
    static let creditPatternCues = [
        ["originally", "first"],
        ["first"],
        ["republished", "reprinted", "reproduced", "syndicated"],
    ]
    nonisolated(unsafe) static let leadCreditPattern = /(?:\b(?:sources?|officials?|spokes(?:man|woman|person)|diplomats?|aides?|insiders?)\b)[^.;]{0,160}?\b(?:told|tell|tells|spoke to|speaking to|confirmed to)\s+((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'’-]*){0,4})/

    /// Words one of which every origin credit in running text has.
    /// The first words of a credit line (`Source: …`, `Via …`), lowercased.
    static let creditLabels = WordList.creditLabels.entries

    /// Verbs of a credit line, each as searched for in a line: a verb of three letters or fewer only with the space
    /// after it, so `ran` does not match inside `grant`.
    static let creditVerbs = WordList.creditVerbs.entries.map { $0.count <= 3 ? $0 + " " : $0 }
    static let creditVerbPhrases = LiteralPhrases(creditVerbs)

    /// Verbs of a lead crediting another outlet.
    static let tellingVerbs = ["told", "tell", "spoke to", "speaking to", "confirmed to"]

    /// The boilerplate lines after the last prose line (where copyright and contact lines sit).
    func boilerplateTail(_ layout: ArticleLayout) -> [Int] {
        layout.tailIndices.filter { layout.roles[$0].isBoilerplate }
    }

    /// The outlet a contact e-mail address in the tail names: its domain, spelled as the text spells it.
    func outletFromEmail(_ layout: ArticleLayout) -> String? {
        for index in layout.tailIndices {
            guard let email = EmailAddress.first(in: layout.text(index)), !email.isWebmail else { continue }
            let texts = layout.contentIndices.map { layout.text($0) }
            return SiteName.name(forDomain: email.domain, in: texts) ?? email.domain
        }
        return nil
    }
}
