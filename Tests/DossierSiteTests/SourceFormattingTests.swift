import Testing
@testable import DossierSite

@Suite struct SourceFormattingTests {
    @Test func anUntitledSourceIsNamedByTheFirstWordsOfItsLead() {
        let lead = TestLanguage.sentence("Ministers — meeting in Doha on Monday — agreed a 1,200-tonne aid convoy, officials said.")
        #expect(SourceFormatting.firstWords(of: lead) == "Ministers — meeting in Doha on Monday — agreed a…")
        #expect(SourceFormatting.firstWords(of: lead, count: 20) == lead.text)
    }
}
