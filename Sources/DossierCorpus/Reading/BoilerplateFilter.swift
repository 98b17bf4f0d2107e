import DossierCore
import DossierLanguage
import Foundation

/// Finds the lines a web page adds around a story: comment sections and policies, donation and
/// subscription appeals, share and newsletter prompts, category footers, e-mail addresses, image credits.
///
/// Cues are phrases addressed to the reader (`your comment`, `support our work`), not topics: a story
/// about donations is not an appeal for them. A line quoting someone is never boilerplate.
struct BoilerplateFilter {
    /// Marks the boilerplate lines of `layout`; the lines of a long article are judged in `chunks` on all cores.
    func apply(to layout: inout ArticleLayout, chunks: TextChunks = TextChunks(bytes: ArticleReader.defaultChunkBytes)) {
        let snapshot = layout
        let candidates = layout.contentIndices.filter { layout.isBody($0) }
        let reasons = chunks.map(candidates, size: { snapshot.text($0).utf8.count }) { index in
            reason(for: snapshot.text(index), words: snapshot.wordCounts[index])
        }
        var found: [Int: String] = [:]
        for (index, reason) in zip(candidates, reasons) {
            if let reason { found[index] = reason }
        }
        for (index, reason) in sandwiched(between: found, in: layout) { found[index] = reason }
        for (index, reason) in found { layout.claim(index, as: .boilerplate(reason)) }
    }

    /// Why a line is boilerplate, or nil when it is not.
    func reason(for line: String) -> String? { reason(for: line, words: line.spacedWordCount) }

    /// `reason(for:)` of a line whose white-space separated words are counted.
    func reason(for line: String, words: Int) -> String? {
        let lower = line.lowercasedFast()
        let bare = lower.trimmingPunctuationAndSpaces()
        if words <= 12, EmailAddress.first(in: line) != nil { return "e-mail address" }
        // The word count first: most lines of an article are longer than a footer, and are not compared with every prefix.
        if words <= 30 && Self.categoryPrefixes.contains(where: { lower.hasPrefix($0) }) { return "category footer" }
        if bare.utf8.count <= Self.longestCommentFurniture && Self.commentFurniture.contains(bare)
            || (bare.first?.isNumber == true && words <= 3 && bare.wholeMatch(of: Self.commentCountPattern) != nil) {
            return "comment section"
        }
        if words <= 12, Self.promptForms.contains(where: { prompt in
            bare == prompt.bare || lower.hasPrefix(prompt.labelled) || (prompt.opening.map { lower.hasPrefix($0) } ?? false)
        }) {
            return "share, newsletter or navigation prompt"
        }
        if words <= 20, Self.creditPrefixes.contains(where: { lower.hasPrefix($0) }) || lower.containsLiteral("getty images") {
            return "image credit"
        }
        if words <= 25, lower.containsLiteral("all rights reserved") || lower.hasPrefix("©") || lower.hasPrefix("copyright ©") {
            return "copyright notice"
        }
        guard words <= 80, !Self.quotes(line) else { return nil }
        if lower.containsLiteral("comment"), addressesReader(line), Self.policyPhrases.occur(in: lower) {
            return "comment policy"
        }
        if words <= 45, Self.appealPhrases.occur(in: lower), addressesReader(line) {
            return "donation or subscription appeal"
        }
        if words <= 25, Self.siteNoticePhrases.occur(in: lower) { return "site notice" }
        return nil
    }

    /// A line between two boilerplate lines near the end belongs to the same block (a comment policy's first rule).
    func sandwiched(between found: [Int: String], in layout: ArticleLayout) -> [(Int, String)] {
        let content = layout.contentIndices
        let tailStart = content.count - content.count * 2 / 5
        var result: [(Int, String)] = []
        for position in content.indices where position >= tailStart && position > 0 && position + 1 < content.count {
            let index = content[position]
            guard found[index] == nil, layout.isBody(index), found[content[position - 1]] != nil,
                  found[content[position + 1]] != nil, !Self.quotes(layout.text(index)) else { continue }
            result.append((index, "inside a block of boilerplate"))
        }
        return result
    }

    /// Speaks to the reader or for the site: `you`, `your`, `we`, `our`, `us` (not `US`), or an imperative opening.
    func addressesReader(_ line: String) -> Bool {
        let addresses = line.split(whereSeparator: { !$0.isLetter }).contains { word in
            // Lower case or capitalised only: `US` in capitals is the country.
            word.dropFirst().allSatisfy(\.isLowercase) && Self.readerAddressWords.contains(word.lowercased())
        }
        if addresses { return true }
        let lower = line.lowercasedFast()
        return Self.imperatives.contains { lower.hasPrefix($0 + " ") }
    }

    static func quotes(_ line: String) -> Bool {
        line.holdsDoubleQuote
    }

    // Made once: a regex literal is parsed and compiled again each time it is evaluated (see `DateParser.isoPattern`).
    nonisolated(unsafe) static let commentCountPattern = /\d+ (comments?|responses?|replies)/
    static let categoryPrefixes = WordList.boilerplateCategoryPrefixes.entries
    static let commentFurniture = WordList.boilerplateCommentFurniture.words
    /// UTF-8 bytes of the longest comment furniture line: a longer line (a paragraph) is not hashed to look it up.
    static let longestCommentFurniture = commentFurniture.map(\.utf8.count).max() ?? 0
    static let prompts = WordList.boilerplatePrompts.entries
    /// Each prompt alone, as a label (`share:`), and, when it has more than one word, opening a line (`sign up now`).
    static let promptForms = prompts.map { prompt in
        (bare: prompt, labelled: prompt + ":", opening: prompt.containsByte(UInt8(ascii: " ")) ? prompt + " " : nil)
    }
    static let creditPrefixes = WordList.boilerplateCreditPrefixes.entries
    static let policyWords = WordList.boilerplatePolicyCues.entries
    static let appealWords = WordList.boilerplateAppealCues.entries
    static let imperatives = WordList.boilerplateImperatives.entries
    static let siteNotices = WordList.boilerplateSiteNotices.entries
    static let readerAddressWords = WordList.readerAddressWords.words
    /// The policy cues, appeal cues and site notices, each list searched for in one pass over a line.
    static let policyPhrases = LiteralPhrases(policyWords)
    static let appealPhrases = LiteralPhrases(appealWords)
    static let siteNoticePhrases = LiteralPhrases(siteNotices)
}
