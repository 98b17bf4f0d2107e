import Testing
import DossierCore
@testable import DossierSite

/// A person's mentions by source: sources by id, each with its count of mentions and a link per sentence (in sentence
/// order, once per sentence) labelled by the sentence's line and titled by its text, or by the sentence's id and the
/// mention's form when the sentence is not in the dossier.
@Suite struct PersonPageTests {
    static func dossier() -> Dossier {
        let sentence = { (id: String, text: String, line: Int) in Sentence(id: id, text: text, range: 0..<text.unicodeScalars.count, line: line) }
        let first = Article(id: "b", path: "content/b.txt", body: "", metadata: SourceMetadata(title: "Bridge opens"),
                            paragraphs: [Paragraph(sentences: [sentence("s1", "Lee spoke.", 3), sentence("s2", "Lee \"left\".", 4)]),
                                         Paragraph(sentences: [sentence("s10", "Lee & Bo.", 9)])])
        let second = Article(id: "a", path: "content/a.txt", body: "", metadata: SourceMetadata(title: "Council"),
                             paragraphs: [Paragraph(sentences: [sentence("s1", "Ann Lee agreed.", 2)])])
        let mention = { (source: String, sentence: String, form: String) in
            Mention(form: form, reference: SentenceReference(source: source, sentence: sentence))
        }
        let person = Person(id: "ann-lee", name: "Ann Lee", mentions: [
            mention("b", "s10", "Lee"), mention("b", "s2", "Lee"), mention("a", "s1", "Ann Lee"), mention("b", "s10", "Lee"),
            mention("a", "s9", "Ms Lee"),
        ])
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: [first, second], people: [person])
    }

    @Test func mentionsAreListedBySourceWithALinkPerSentence() {
        let dossier = Self.dossier()
        let page = PersonPage.page(for: dossier.people[0], names: [:], sourceNames: SourceNames(dossier), topics: [],
                                   sentences: SentenceIndex(dossier))
        let expected = """
            ## Mentions by source

            - [Council](../sources/a.md) (2): [line 2](../sources/a.md#s1 "Ann Lee agreed."), [s9](../sources/a.md#s9 "Ms Lee")
            - [Bridge opens](../sources/b.md) (3): [line 4](../sources/b.md#s2 "Lee \\"left\\"."), [line 9](../sources/b.md#s10 "Lee \\& Bo.")

            """
        #expect(page.markdown.hasSuffix(expected))
    }

    /// A sentence named by several mentions is linked once, titled by the first of them (in the person's order) when it
    /// is not in the dossier; every mention counts; sources by id, sentences by number.
    @Test func aSentenceMentionedTwiceIsLinkedOnceByItsFirstMention() {
        let dossier = Self.dossier()
        let mention = { (source: String, sentence: String, form: String) in
            Mention(form: form, reference: SentenceReference(source: source, sentence: sentence))
        }
        let person = Person(id: "bo", name: "Bo", mentions: [
            mention("c", "s12", "Mr Bo"), mention("c", "s3", "B."), mention("a", "s1", "Bo"), mention("c", "s12", "Bo"),
            mention("c", "s3", "Bo"),
        ])
        let page = PersonPage.page(for: person, names: [:], sourceNames: SourceNames(dossier), topics: [], sentences: SentenceIndex(dossier))
        let expected = """
            ## Mentions by source

            - [Council](../sources/a.md) (1): [line 2](../sources/a.md#s1 "Ann Lee agreed.")
            - [c](../sources/c.md) (4): [s3](../sources/c.md#s3 "B."), [s12](../sources/c.md#s12 "Mr Bo")

            """
        #expect(page.markdown.hasSuffix(expected))
    }
}

