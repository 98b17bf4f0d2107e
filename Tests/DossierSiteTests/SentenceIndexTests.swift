import Testing
import DossierCore
@testable import DossierSite

/// The sentence index finds each sentence where it stands, with its position in its source's reading order; the first
/// of two sentences with one id, and the first of two sources with one id, win.
@Suite struct SentenceIndexTests {
    static func sentence(_ id: String, _ text: String, line: Int) -> Sentence {
        Sentence(id: id, text: text, range: 0..<text.unicodeScalars.count, line: line)
    }

    @Test func findsEachSentenceWhereItStands() {
        let a = Article(id: "a", path: "a.txt", body: "", paragraphs: [
            Paragraph(sentences: [Self.sentence("s1", "One.", line: 1), Self.sentence("s2", "Two.", line: 1)]),
            Paragraph(sentences: [Self.sentence("s3", "Three.", line: 3), Self.sentence("s2", "Again.", line: 4)]),
        ])
        let b = Article(id: "b", path: "b.txt", body: "", paragraphs: [Paragraph(sentences: [Self.sentence("s1", "Bee.", line: 7)])])
        let shadow = Article(id: "a", path: "a2.txt", body: "", paragraphs: [Paragraph(sentences: [Self.sentence("s9", "Shadow.", line: 1)])])
        let index = SentenceIndex(Dossier(configuration: DossierConfiguration(title: "Test"), sources: [a, b, shadow]))
        let reference = { (source: String, sentence: String) in SentenceReference(source: source, sentence: sentence) }

        #expect(index.entry(reference("a", "s1")) == SentenceIndex.Entry(source: 0, paragraph: 0, sentence: 0, position: 0))
        #expect(index.entry(reference("a", "s3")) == SentenceIndex.Entry(source: 0, paragraph: 1, sentence: 0, position: 2))
        #expect(index.entry(reference("a", "s2"))?.position == 1)
        #expect(index.sentence(reference("a", "s2"))?.text == "Two.")
        #expect(index.sentence(reference("a", "s3")) == a.paragraphs[1].sentences[0])
        #expect(index.sentence(reference("b", "s1")) == b.paragraphs[0].sentences[0])
        #expect(index.entry(reference("a", "s9")) == nil)
        #expect(index.entry(reference("c", "s1")) == nil)
        let entry = index.entry(reference("b", "s1"))!
        #expect(index.text(at: entry) == "Bee.")
        #expect(index.line(at: entry) == 7)
    }
}
