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
        #expect(index.entry(reference("a", "s2")).map(index.text(at:)) == "Two.")
        #expect(index.entry(reference("a", "s3")).map(index.sentence(at:)) == a.paragraphs[1].sentences[0])
        #expect(index.entry(reference("b", "s1")).map(index.sentence(at:)) == b.paragraphs[0].sentences[0])
        #expect(index.entry(reference("a", "s9")) == nil)
        #expect(index.entry(reference("c", "s1")) == nil)
        let entry = index.entry(reference("b", "s1"))!
        #expect(index.text(at: entry) == "Bee.")
        #expect(index.line(at: entry) == 7)
    }

    /// Ids as the parse stage writes them are found by their numbers, any other id (a leading zero, no number, a number
    /// past the source's sentence count, another letter) by itself; the first of two sentences with one id wins.
    @Test func findsSentencesOfEveryIdShape() {
        let ids = ["s2", "s1", "intro", "s01", "s0", "s", "s99999999999", "t3", "s7", "s2", "S3", "s1x"]
        let article = Article(id: "a", path: "a.txt", body: "", paragraphs: [
            Paragraph(sentences: ids.prefix(6).enumerated().map { Self.sentence($1, "Sentence \($0).", line: $0) }),
            Paragraph(sentences: ids.dropFirst(6).enumerated().map { Self.sentence($1, "Sentence \($0 + 6).", line: $0 + 6) }),
        ])
        let index = SentenceIndex(Dossier(configuration: DossierConfiguration(title: "Test"), sources: [article]))
        for (position, id) in ids.enumerated() where id != "s2" || position == 0 {
            #expect(index.entry(SentenceReference(source: "a", sentence: id))?.position == position, "\(id)")
            #expect(index.entries(ofSource: "a")?[id]?.position == position, "\(id)")
        }
        #expect(index.entry(SentenceReference(source: "a", sentence: "s2"))?.position == 0)
        for missing in ["s3", "s8", "s12", "s00", "intro2", ""] {
            #expect(index.entry(SentenceReference(source: "a", sentence: missing)) == nil, "\(missing)")
        }
        #expect(SentenceReference.number(ofSentence: "s12") == 12)
        #expect(SentenceReference.number(ofSentence: "s012") == nil)
        #expect(SentenceReference.number(ofSentence: "s") == nil)
    }
}
