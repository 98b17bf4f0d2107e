import DossierCore
import TestSupport
import Testing
@testable import DossierCorpus

@Suite struct ArticleLayoutTests {
    /// A line's text is trimmed as `trimmingWhitespaceAndNewlines` trims it, whether or not an end is ASCII or blank.
    @Test func linesAreTrimmedAsTheTrimmingFunctionTrimsThem() {
        let lines = ["plain line.", " lead", "trail\t", "\u{0B}tab\u{0C}", "\u{00A0}no-break\u{00A0}", "é", "café", "x\r\ny",
                     "", "   ", "\u{200B}zero-width\u{200B}", "a\u{0B}", "\u{85}next line", "end\u{85}", "\u{1C}sep\u{1C}", "a", " "]
        let layout = ArticleLayout(TextLines(lines.joined(separator: "\n")))
        #expect(layout.lines.count == lines.count)
        for index in lines.indices {
            #expect(layout.text(index) == lines[index].trimmingWhitespaceAndNewlines(), "\(lines[index].debugDescription)")
        }
    }
}

extension ArticleLayoutTests {
    /// The zones the readers ask for, as filters over every line define them, after any claims: the content lines,
    /// the first and last prose lines, the header and footer (the zone's first and last lines), the tail, and the
    /// first and last body lines.
    @Test func zonesAreTheLinesTheirDefinitionsFilter() {
        let prose = "The minister said the plan would be ready within weeks, officials confirmed."
        let kinds = ["", "By A Writer", prose, "Short label", "   ", "Another label line", prose, "Copyright 2024", "Label"]
        var seeds = SplitMix64(seed: 7)
        for round in 0..<300 {
            let count = round < 20 ? round : Int.random(in: 0...30, using: &seeds)
            let lines = (0..<count).map { _ in kinds.randomElement(using: &seeds)! }
            var layout = ArticleLayout(TextLines(lines.joined(separator: "\n")))
            // Claimed as metadata or boilerplate, and some given back as body (as a standfirst is).
            let roles: [ArticleLayout.Role] = [.metadata("m"), .boilerplate("b"), .body]
            for index in layout.contentIndices where Int.random(in: 0..<5, using: &seeds) == 0 {
                layout.claim(index, as: roles.randomElement(using: &seeds)!)
            }
            for index in layout.contentIndices where layout.roles[index] != .body && Int.random(in: 0..<3, using: &seeds) == 0 {
                layout.claim(index, as: .body)
            }
            let all = Array(layout.roles.indices)
            let content = all.filter { layout.roles[$0] != .blank }
            let proseLines = all.filter { layout.isBody($0) && layout.isProse[$0] }
            let firstProse = proseLines.first ?? layout.lines.count
            let header = Array(all.filter { $0 < firstProse && layout.isBody($0) }.prefix(ArticleLayout.zoneSize))
            let footer = proseLines.last.map { last in Array(all.filter { $0 > last && layout.isBody($0) }.suffix(ArticleLayout.zoneSize)) } ?? []
            let tail = all.filter { $0 > (proseLines.last ?? -1) && layout.roles[$0] != .blank }
            #expect(layout.contentIndices == content, "\(lines)")
            #expect(layout.firstProseIndex == proseLines.first && layout.lastProseIndex == proseLines.last, "\(lines)")
            #expect(layout.headerIndices == header, "\(lines)")
            #expect(layout.footerIndices == footer, "\(lines)")
            #expect(layout.tailIndices == tail, "\(lines)")
            let body = content.filter { layout.isBody($0) }
            for count in [0, 1, 3, ArticleLayout.zoneSize] {
                #expect(layout.firstBodyIndices(count) == Array(body.prefix(count)), "\(lines)")
                #expect(layout.lastBodyIndices(count) == Array(body.suffix(count)), "\(lines)")
            }
        }
    }
}
