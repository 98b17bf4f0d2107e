import DossierCore
/// The lines of an article and the role each one plays, filled in by the readers one after another.
///
/// Every line starts as body text; a reader that recognises a line claims it (title, metadata, boilerplate).
/// The header is what comes before the first line of prose, the footer what comes after the last one:
/// that is where metadata is looked for, so that a date or a name inside the story is not taken for it.
struct ArticleLayout {
    enum Role: Equatable {
        case blank
        case body
        case title
        /// A line read as metadata (byline, date line, source credit), with what it gave.
        case metadata(String)
        case boilerplate(String)

        var isMetadata: Bool { if case .metadata = self { true } else { false } }
        var isBoilerplate: Bool { if case .boilerplate = self { true } else { false } }
    }

    var lines: [TextLines.Line]
    /// Changed through `claim` alone, which never makes a line blank nor claims a blank one (`contentIndices`).
    private(set) var roles: [Role]
    /// The text of each line without surrounding white space, computed once: every reader asks for it.
    private let trimmedTexts: [String]
    /// The white-space separated words of each line, counted once.
    let wordCounts: [Int]
    /// Whether each line reads as running prose (see `TextLines.Line.isProse`), computed once.
    let isProse: [Bool]
    /// Indices of the non-blank lines, in order: found once, as a line's blankness never changes (see `claim`).
    let contentIndices: [Int]
    /// For a body line that opens with metadata (`date 2025-03-06 This marks…`): where its body text starts, in scalars.
    var bodyStarts: [Int: Int] = [:]

    /// How many lines at each end can hold metadata.
    static let zoneSize = 8

    init(_ lines: TextLines) {
        self.lines = lines.lines
        roles = lines.lines.map { $0.isBlank ? .blank : .body }
        contentIndices = lines.lines.indices.filter { !lines.lines[$0].isBlank }
        trimmedTexts = lines.lines.map { $0.text.trimmingWhitespaceAndNewlines() }
        wordCounts = trimmedTexts.map(\.spacedWordCount)
        isProse = zip(trimmedTexts, wordCounts).map(TextLines.Line.isProse)
    }

    /// The text of line `index` without surrounding white space (no-break spaces included).
    func text(_ index: Int) -> String {
        trimmedTexts[index]
    }

    func isBody(_ index: Int) -> Bool { roles[index] == .body }

    /// Gives the non-blank line `index` its role (`.body` gives it back to the story).
    mutating func claim(_ index: Int, as role: Role) {
        precondition(roles[index] != .blank && role != .blank, "blank lines keep their role")
        roles[index] = role
        bodyStarts[index] = nil
    }

    /// Whether line `index` is a body line that reads as running prose, not a label.
    func isProseBody(_ index: Int) -> Bool { isBody(index) && isProse[index] }

    /// The first body line that reads as running prose, if any.
    var firstProseIndex: Int? { roles.indices.first(where: isProseBody) }

    /// The last body line that reads as running prose, if any.
    var lastProseIndex: Int? { roles.indices.last(where: isProseBody) }

    /// Unclaimed lines before the first prose line (at most `zoneSize`, the first ones).
    var headerIndices: [Int] {
        let firstProse = firstProseIndex ?? lines.count
        var header: [Int] = []
        for index in 0..<firstProse where isBody(index) {
            if header.isEmpty { header.reserveCapacity(Self.zoneSize) }
            header.append(index)
            if header.count == Self.zoneSize { break }
        }
        return header
    }

    /// Unclaimed lines after the last prose line (at most `zoneSize`, the last ones).
    var footerIndices: [Int] {
        guard let lastProse = lastProseIndex else { return [] }
        // Gathered from the end, into room made at the first one (as the header), then put in order in place.
        var footer: [Int] = []
        for index in stride(from: lines.count - 1, to: lastProse, by: -1) where isBody(index) {
            if footer.isEmpty { footer.reserveCapacity(Self.zoneSize) }
            footer.append(index)
            if footer.count == Self.zoneSize { break }
        }
        footer.reverse()
        return footer
    }

    /// The first `count` body lines (or all, when fewer), in order.
    func firstBodyIndices(_ count: Int) -> [Int] {
        var found: [Int] = []
        for index in contentIndices where isBody(index) {
            if found.isEmpty { found.reserveCapacity(count) }
            guard found.count < count else { break }
            found.append(index)
        }
        return found
    }

    /// The last `count` body lines (or all, when fewer), in order.
    func lastBodyIndices(_ count: Int) -> [Int] {
        var found: [Int] = []
        for index in contentIndices.reversed() where isBody(index) {
            if found.isEmpty { found.reserveCapacity(count) }
            guard found.count < count else { break }
            found.append(index)
        }
        found.reverse()
        return found
    }

    /// The lines after the last prose line, whatever their role: the signature block and the site's footer.
    var tailIndices: [Int] {
        let lastProse = lastProseIndex ?? -1
        return Array(contentIndices[contentIndices.firstIndex(above: lastProse) { $0 }...])
    }
}

extension TextLines.Line {
    /// Running text: a sentence of six words or more, or a long line whatever its punctuation
    /// (`trimmed`: the line's text without surrounding white space).
    static func isProse(_ trimmed: String) -> Bool { isProse(trimmed, words: trimmed.spacedWordCount) }

    /// `isProse` of a line whose words are counted already.
    static func isProse(_ trimmed: String, words: Int) -> Bool {
        guard let last = trimmed.unicodeScalars.last else { return false }
        return words >= 25 || (words >= 6 && ".!?…\"”’)".unicodeScalars.contains(last))
    }

    /// Words of the line, split on white space.
    var wordCount: Int { text.spacedWordCount }
}
