import DossierCore
import Foundation

/// Finds the lines a web page adds around a story: comment sections and policies, donation and
/// subscription appeals, share and newsletter prompts, category footers, e-mail addresses, image credits.
///
/// Cues are phrases addressed to the reader (`your comment`, `support our work`), not topics: a story
/// about donations is not an appeal for them. A line quoting someone is never boilerplate.
struct BoilerplateFilter {
    /// Marks the boilerplate lines of `layout`.
    func apply(to layout: inout ArticleLayout) {
        var found: [Int: String] = [:]
        for index in layout.contentIndices where layout.isBody(index) {
            if let reason = reason(for: layout.text(index)) { found[index] = reason }
        }
        for (index, reason) in sandwiched(between: found, in: layout) { found[index] = reason }
        for (index, reason) in found { layout.claim(index, as: .boilerplate(reason)) }
    }

    /// Why a line is boilerplate, or nil when it is not.
    func reason(for line: String) -> String? {
        let lower = line.lowercased()
        let words = line.split(whereSeparator: \.isWhitespaceFast).count
        let bare = lower.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))
        if words <= 12, EmailAddress.first(in: line) != nil { return "e-mail address" }
        if Self.categoryPrefixes.contains(where: { lower.hasPrefix($0) }) && words <= 30 { return "category footer" }
        if Self.commentFurniture.contains(bare)
            || (bare.first?.isNumber == true && words <= 3 && bare.wholeMatch(of: /\d+ (comments?|responses?|replies)/) != nil) {
            return "comment section"
        }
        if words <= 12, Self.prompts.contains(where: { prompt in
            bare == prompt || lower.hasPrefix(prompt + ":") || (prompt.contains(" ") && lower.hasPrefix(prompt + " "))
        }) {
            return "share, newsletter or navigation prompt"
        }
        if words <= 20, Self.creditPrefixes.contains(where: { lower.hasPrefix($0) }) || lower.containsLiteral("getty images") {
            return "image credit"
        }
        if words <= 25, lower.containsLiteral("all rights reserved") || lower.hasPrefix("©") || lower.hasPrefix("copyright ©") {
            return "copyright notice"
        }
        guard !Self.quotes(line), words <= 80 else { return nil }
        if lower.containsLiteral("comment"), addressesReader(line), Self.policyWords.contains(where: lower.containsLiteral) {
            return "comment policy"
        }
        if words <= 45, Self.appealWords.contains(where: lower.containsLiteral), addressesReader(line) {
            return "donation or subscription appeal"
        }
        if words <= 25, Self.siteNotices.contains(where: lower.containsLiteral) { return "site notice" }
        return nil
    }

    /// A line between two boilerplate lines near the end belongs to the same block (a comment policy's first rule).
    func sandwiched(between found: [Int: String], in layout: ArticleLayout) -> [(Int, String)] {
        let content = layout.contentIndices
        let tailStart = content.count - content.count * 2 / 5
        var result: [(Int, String)] = []
        for position in content.indices where position >= tailStart && position > 0 && position + 1 < content.count {
            let index = content[position]
            guard found[index] == nil, layout.isBody(index), !Self.quotes(layout.text(index)),
                  found[content[position - 1]] != nil, found[content[position + 1]] != nil else { continue }
            result.append((index, "inside a block of boilerplate"))
        }
        return result
    }

    /// Speaks to the reader or for the site: `you`, `your`, `we`, `our`, `us` (not `US`), or an imperative opening.
    func addressesReader(_ line: String) -> Bool {
        let words = Set(line.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let pronouns: Set<String> = ["you", "You", "your", "Your", "we", "We", "our", "Our", "us"]
        if !words.isDisjoint(with: pronouns) { return true }
        let lower = line.lowercased()
        return Self.imperatives.contains { lower.hasPrefix($0 + " ") }
    }

    static func quotes(_ line: String) -> Bool {
        line.contains { $0 == "\"" || $0 == "“" || $0 == "”" }
    }

    static let categoryPrefixes = ["category:", "categories:", "tags:", "tagged:", "tagged with:", "filed under:", "posted in:", "topics:"]

    static let commentFurniture: Set<String> = [
        "no comments", "recent comments", "comments", "leave a comment", "leave a reply", "post a comment",
        "add a comment", "add comment", "show comments", "view comments", "comments are closed",
        "join the discussion", "be the first to comment", "write a comment", "category", "categories", "tags",
    ]

    static let prompts = [
        "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share",
        "tweet", "tweet this", "email this", "print this", "print", "follow us", "follow us on", "like us on",
        "click here", "read more", "continue reading", "related", "related articles", "related stories",
        "advertisement", "sponsored", "skip to content", "back to top", "subscribe", "sign up", "more from",
        "you may also like", "recommended", "most read", "most popular", "trending",
    ]

    static let creditPrefixes = [
        "image:", "image credit", "images:", "photo:", "photo credit", "photos:", "photograph:", "picture:",
        "credit:", "pictured:", "caption:", "(photo", "(image", "file photo", "photo by", "image by", "illustration:",
    ]

    static let policyWords = [
        "post", "submit", "moderat", "approv", "preview", "polite", "offensive", "delete", "remov",
        "reserve the right", "guideline", "policy", "slander", "violat", "abusive", "inappropriate",
    ]

    static let appealWords = [
        "donat", "support our work", "support our journalism", "support us", "subscribe", "subscription",
        "newsletter", "patreon", "paypal", "become a member", "become a patron", "sign up for",
    ]

    static let imperatives = ["consider", "please", "help", "support", "subscribe", "sign", "join", "donate", "get"]

    static let siteNotices = ["we use cookies", "cookie policy", "privacy policy", "terms of use", "terms of service"]
}
