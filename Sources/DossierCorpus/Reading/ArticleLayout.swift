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
    var roles: [Role]
    /// The text of each line without surrounding white space, computed once: every reader asks for it.
    private let trimmedTexts: [String]
    /// The white-space separated words of each line, counted once.
    let wordCounts: [Int]
    /// Whether each line reads as running prose (see `TextLines.Line.isProse`), computed once.
    let isProse: [Bool]
    /// For a body line that opens with metadata (`date 2025-03-06 This marks…`): where its body text starts, in scalars.
    var bodyStarts: [Int: Int] = [:]

    /// How many lines at each end can hold metadata.
    static let zoneSize = 8

    init(_ lines: TextLines) {
        self.lines = lines.lines
        roles = lines.lines.map { $0.isBlank ? .blank : .body }
        trimmedTexts = lines.lines.map { $0.text.trimmingWhitespaceAndNewlines() }
        wordCounts = trimmedTexts.map(\.spacedWordCount)
        isProse = zip(trimmedTexts, wordCounts).map(TextLines.Line.isProse)
    }

    /// The text of line `index` without surrounding white space (no-break spaces included).
    func text(_ index: Int) -> String {
        trimmedTexts[index]
    }

    func isBody(_ index: Int) -> Bool { roles[index] == .body }

    mutating func claim(_ index: Int, as role: Role) {
        roles[index] = role
        bodyStarts[index] = nil
    }

    /// Indices of the non-blank lines, in order.
    var contentIndices: [Int] { roles.indices.filter { roles[$0] != .blank } }

    /// Body lines that read as running prose, not labels.
    var proseIndices: [Int] { roles.indices.filter { isBody($0) && isProse[$0] } }

    /// Unclaimed lines before the first prose line (at most `zoneSize`).
    var headerIndices: [Int] {
        let firstProse = proseIndices.first ?? lines.count
        return Array(roles.indices.filter { $0 < firstProse && isBody($0) }.prefix(Self.zoneSize))
    }

    /// Unclaimed lines after the last prose line (at most `zoneSize`, the last ones).
    var footerIndices: [Int] {
        guard let lastProse = proseIndices.last else { return [] }
        return Array(roles.indices.filter { $0 > lastProse && isBody($0) }.suffix(Self.zoneSize))
    }

    /// The lines after the last prose line, whatever their role: the signature block and the site's footer.
    var tailIndices: [Int] {
        let lastProse = proseIndices.last ?? -1
        return roles.indices.filter { $0 > lastProse && roles[$0] != .blank }
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
