import Testing
import DossierCore
@testable import DossierExtraction

/// Pairs of sentences from different sources: the same measure makes one row, different measures stay apart.
@Suite struct FigureGroupingTests {
    static func article(_ id: String, _ texts: [String], published: String? = nil) -> Article {
        let sentences = texts.enumerated().map { Sentence(id: "s\($0.offset + 1)", text: $0.element, range: 0..<$0.element.count, line: $0.offset + 1) }
        return Article(id: id, path: "content/\(id).txt", body: texts.joined(separator: " "),
                       metadata: SourceMetadata(published: published), paragraphs: [Paragraph(sentences: sentences)])
    }

    /// Rows over two or more sources: measure, agreement, and the (source, value) pairs.
    func compared(_ articles: [Article]) -> [String] {
        FigureExtractor().figures(in: articles).0.filter { $0.sources.count > 1 }.map { figure in
            figure.agreement.rawValue + ": " + figure.values.map { "\($0.reference.source)=\($0.value.map { "\(Int($0))" } ?? "?")" }.joined(separator: " ")
        }
    }

    @Test func hostagesAndPrisonersHeldAreOneMeasure() {
        let rows = compared([
            Self.article("a", ["Israel says 59 prisoners are still being held in Gaza by Hamas."]),
            Self.article("b", ["In Gaza, 59 hostages are still held by Hamas."]),
        ])
        #expect(rows == ["agree: a=59 b=59"])
    }

    @Test func aliveAndDeadStayApart() {
        let rows = compared([
            Self.article("a", ["Israel says 59 hostages are held in Gaza by Hamas, 24 of whom are believed alive."]),
            Self.article("b", ["Hamas holds 59 hostages in Gaza, and Israel says 35 of them are dead."]),
        ])
        #expect(rows == ["agree: a=59 b=59"])
    }

    @Test func differentNumbersForTheSameMeasureConflict() {
        let rows = compared([
            Self.article("a", ["Hamas released hostages in exchange for about 1,900 Palestinian prisoners, Israel said."]),
            Self.article("b", ["Israel and Hamas exchanged hostages for around 2,000 Palestinian prisoners."]),
        ])
        #expect(rows == ["conflict: a=1900 b=2000"])
    }

    @Test func qualifiersMakeCloseNumbersApproximate() {
        let rows = compared([
            Self.article("a", ["Hamas captured about 250 prisoners during the attack on Israel."]),
            Self.article("b", ["Hamas killed people in Israel and took 251 hostages."]),
        ])
        #expect(rows == ["approximate: a=250 b=251"])
    }

    @Test func differentNationalitiesStayApart() {
        let rows = compared([
            Self.article("a", ["Hamas freed 33 Israeli hostages in Gaza."]),
            Self.article("b", ["Israel freed 30 Palestinian prisoners from Gaza and Hamas."]),
        ])
        #expect(rows.isEmpty)
    }

    @Test func aRelativeYearMeetsTheYearItMeans() {
        let rows = compared([
            Self.article("a", ["The US talked with Hamas, which it designated as a terrorist organization 28 years ago."], published: "2025-03-06"),
            Self.article("b", ["The US talked to Hamas, which it designated a terrorist organization in 1997."]),
        ])
        #expect(rows == ["agree: a=1997 b=1997"])
    }

    @Test func sameAgeOfTheSamePersonGroups() {
        let rows = compared([
            Self.article("a", ["Hamas talks focused on 21-year-old Edan Alexander, the official said."]),
            Self.article("b", ["Hamas holds five Americans including 21-year-old Edan Alexander."]),
        ])
        #expect(rows == ["agree: a=21 b=21"])
    }

    @Test func unrelatedStoriesStayApart() {
        let rows = compared([
            Self.article("a", ["Ford will cut 1,000 jobs at its Detroit plant, Ford said."]),
            Self.article("b", ["Airbus will cut 1,000 jobs in Toulouse, Airbus said."]),
        ])
        #expect(rows.isEmpty)
    }
}
