import Testing
import DossierCore
@testable import DossierExtraction

/// Pairs of sentences from different sources: the same measure makes one row, different measures stay apart.
@Suite struct FigureGroupingTests {
    static func article(_ id: String, _ texts: [String], published: String? = nil) -> Article {
        let sentences = texts.enumerated().map { Sentence(id: "s\($0.offset + 1)", text: $0.element, range: 0..<$0.element.count, line: $0.offset + 1,
                                                                tokens: TestLanguage.tokenizer.tokens(of: $0.element)) }
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

    /// A row two sources agree on keeps their one state once: a third source's different number in the same state
    /// joins it as a conflict (a different number needs the row to have one state).
    @Test func aDifferentNumberJoinsARowWhoseSourcesShareOneState() {
        let rows = compared([
            Self.article("a", ["Israel says 59 prisoners are still being held in Gaza by Hamas."]),
            Self.article("b", ["In Gaza, 59 hostages are still held by Hamas."]),
            Self.article("c", ["In Gaza, 58 hostages are still held by Hamas, Israel says."]),
        ])
        #expect(rows == ["conflict: a=59 b=59 c=58"])
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

    // MARK: a different number makes a conflict only when the whole reading agrees

    @Test func theSameOwnerWithDifferentAmountsConflicts() {
        let rows = compared([
            Self.article("a", ["In Leeds, Labour would spend £60bn on schools, Smith said."]),
            Self.article("b", ["In Leeds, Labour would spend £35bn on schools, Smith said."]),
        ])
        #expect(rows == ["conflict: a=60000000000 b=35000000000"])
    }

    @Test func differentOwnersAreDifferentMeasures() {
        let rows = compared([
            Self.article("a", ["In Leeds, Labour would spend £60bn on schools, Smith said."]),
            Self.article("b", ["In Leeds, the Greens would spend £35bn on schools, Smith said."]),
        ])
        #expect(rows.isEmpty)
    }

    @Test func aNumberOfAnotherYearIsAnotherMeasure() {
        let rows = compared([
            Self.article("a", ["The storm in Asia killed 30,000 people, officials in Manila said."], published: "2004-12-30"),
            Self.article("b", ["In 1998, a storm in Asia killed 20,000 people, officials in Manila said."], published: "2004-12-31"),
        ])
        #expect(rows.isEmpty)
    }

    @Test func theSameYearLetsDifferentTollsConflict() {
        let rows = compared([
            Self.article("a", ["The storm in Asia killed 30,000 people, officials in Manila said."], published: "2004-12-30"),
            Self.article("b", ["A storm in Asia killed 20,000 people, officials in Manila said."], published: "2004-12-31"),
        ])
        #expect(rows == ["conflict: a=30000 b=20000"])
    }

    @Test func differentNamedQuartersStayApart() {
        let rows = compared([
            Self.article("a", ["In Singapore, the economy grew 2.4% in the third quarter, Tan said."]),
            Self.article("b", ["In Singapore, the economy grew 3.1% in the fourth quarter, Tan said."]),
        ])
        #expect(rows.isEmpty)
    }

    @Test func theTwoEndsOfAChangeStayApart() {
        let rows = compared([
            Self.article("a", ["Brown said the Treasury threshold would be raised from £60,000."]),
            Self.article("b", ["Brown said the Treasury threshold would be raised to £150,000."]),
        ])
        #expect(rows.isEmpty)
    }

    @Test func differentCountsWithNothingHappeningToThemStayApart() {
        let rows = compared([
            Self.article("a", ["Pierce, who represents eight of the detainees in Belmarsh, spoke on Monday."]),
            Self.article("b", ["The Lords ruled in favour of nine detainees in Belmarsh on Monday."]),
        ])
        #expect(rows.isEmpty)
    }

    @Test func theSameCountWithNothingHappeningToItAgrees() {
        let rows = compared([
            Self.article("a", ["Pierce, who represents nine detainees in Belmarsh, spoke on Monday."]),
            Self.article("b", ["The Lords ruled in favour of nine detainees in Belmarsh on Monday."]),
        ])
        #expect(rows == ["agree: a=9 b=9"])
    }

    @Test func storiesAreToldApartByTheirRarerNames() {
        let index = StoryIndex(counts: [
            StoryIndexFixture.counts(["heathrow", "gatwick"], own: 0),
            StoryIndexFixture.counts(["heathrow", "gatwick"], own: 1),
            StoryIndexFixture.counts(["kilroy", "veritas"], own: 2),
            StoryIndexFixture.counts(["howard", "letwin"], own: 3),
        ] + (4..<12).map { StoryIndexFixture.counts([], own: $0) })
        #expect(index.sameStory(0, 1))
        #expect(!index.sameStory(0, 2))
        #expect(!index.sameStory(2, 3))
    }

    // MARK: evidence from the language layer

    @Test func aRocketIsAProjectileAndADozenIsTwelve() {
        let rows = compared([
            Self.article("a", ["Militants fired 14 rockets at the town on Sunday, the army said."]),
            Self.article("b", ["More than a dozen projectiles were fired at the town on Sunday."]),
            Self.article("c", ["The army said at least 12 rockets were fired at the town on Sunday."]),
        ])
        #expect(rows == ["approximate: a=14 b=12 c=12"])
    }

    @Test func theSameSpecificNumberWithSharedWordsGroupsUnderDifferentNouns() {
        let rows = compared([
            Self.article("a", ["The White House extended the reprieve on steel tariffs for Canada by 30 days."]),
            Self.article("b", ["The administration will delay the steel tariffs on Canada for another 30 days."]),
        ])
        #expect(rows == ["agree: a=30 b=30"])
    }

    @Test func yearsOfTheSameEventWithRelatedVerbsConflict() {
        let rows = compared([
            Self.article("a", ["Iran's secret nuclear project was shelved in 2003, the report said."]),
            Self.article("b", ["The report concluded that Iran suspended its nuclear project in early 2004."]),
        ])
        #expect(rows == ["conflict: a=2003 b=2004"])
    }

    @Test func anAgeByDecadeAgreesWithAnAgeInYears() {
        let rows = compared([
            Self.article("a", ["The driver, Ann Lee, 64, was arrested in Leeds."]),
            Self.article("b", ["Police in Leeds arrested Ann Lee, who is in her 60s."]),
        ])
        #expect(rows == ["approximate: a=64 b=60"])
    }
}
