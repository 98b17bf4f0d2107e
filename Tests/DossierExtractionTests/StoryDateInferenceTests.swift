import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct StoryDateInferenceTests {
    let dated = TimelineExtractorTests.article("a", published: "2020-03-03",
                                               ["Leeds City Council approved the Aire bridge on Tuesday, Mayor Tracy Brabin said."])

    /// A sentence naming the people and places of the dated source's story, and no day.
    static let sameStory = "The plan was backed by the City Council and by Mayor Tracy Brabin for the Aire."

    func inferred(_ sentences: [String], others: [Article] = [], sameStory: Bool = true) -> SourceMetadata {
        let undated = TimelineExtractorTests.article("b", published: nil, sentences + (sameStory ? [Self.sameStory] : []))
        return StoryDateInference().dating([dated] + others + [undated]).last!.metadata
    }

    @Test func undatedArticleNamingTheStorysWeekdayTakesItsDate() {
        let metadata = inferred(["Councillors backed the Aire bridge on Tuesday, Tracy Brabin said."])
        #expect(metadata.published == "2020-03-03")
        #expect(metadata.dateInferredFrom == ["a"])
    }

    @Test func monthAndDayAgreeToo() {
        #expect(inferred(["The Aire bridge was approved on March 3, Tracy Brabin said."]).published == "2020-03-03")
    }

    @Test func anotherStoryOnTheSameWeekdayStaysUndated() {
        let metadata = inferred(["Harbour workers in Hull walked out on Tuesday, the GMB union said.",
                                 "The strike was backed by the Transport Union and by Mayor Tracy Brabin for the Humber."], sameStory: false)
        #expect(metadata.published == nil)
    }

    @Test func theNextDayReportedAsPastMeansALaterArticle() {
        let metadata = inferred(["Councillors backed the Aire bridge on Tuesday, Tracy Brabin said.", "Protesters gathered outside on Wednesday."])
        #expect(metadata.published == nil)
        #expect(metadata.dateInferredFrom == [])
    }

    @Test func aFutureWeekdayIsNoEvidence() {
        #expect(inferred(["Councillors will vote on the Aire bridge on Tuesday, Tracy Brabin said."]).published == nil)
    }

    @Test func aWeekdayInANameIsNoEvidence() {
        #expect(inferred(["The Tuesday Review said the Aire bridge was backed by Tracy Brabin."]).published == nil)
    }

    @Test func twoDatesThatFitLeaveTheArticleUndated() {
        let later = TimelineExtractorTests.article("c", published: "2020-03-10", ["Work on the Aire bridge began on Tuesday, Tracy Brabin said.", Self.sameStory])
        #expect(inferred(["Councillors backed the Aire bridge on Tuesday, Tracy Brabin said."], others: [later]).published == nil)
    }

    @Test func anInferredDateFeedsTheTimeline() {
        let undated = TimelineExtractorTests.article("b", published: nil, ["Councillors backed the Aire bridge on Tuesday, Tracy Brabin said.", Self.sameStory])
        let (extraction, _) = CorpusExtractor(curation: CurationFolder(folder: nil, displayPath: ""), lexicon: TestLanguage.lexicon).extract([dated, undated])
        #expect(extraction.sources.map(\.metadata.published) == ["2020-03-03", "2020-03-03"])
        #expect(Set(extraction.events.map(\.date)) == ["2020-03-03"])
    }
}
