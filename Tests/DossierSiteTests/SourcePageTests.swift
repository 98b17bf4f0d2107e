import Testing
import DossierCore
@testable import DossierSite

/// The source page's card: a date taken from the story says where it came from; an untitled source is named by
/// its outlet and its first eight words (a dash is no word).
@Suite struct SourcePageTests {
    static func dossier() -> Dossier {
        let sentence = TestLanguage.sentence("LEEDS — The council approved a new bridge after years of delay.")
        let dated = Article(id: "a", path: "content/a.txt", body: "",
                            metadata: SourceMetadata(title: "Council backs bridge", published: "2020-03-03"))
        let inferred = Article(id: "b", path: "content/b.txt", body: "",
                               metadata: SourceMetadata(outlet: "Example News", published: "2020-03-03", dateInferredFrom: ["a"]),
                               paragraphs: [Paragraph(sentences: [sentence])])
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: [dated, inferred])
    }

    @Test func inferredDateLinksTheSourcesItCameFrom() {
        let dossier = Self.dossier()
        let markdown = SourcePage.page(for: dossier.sources[1], in: dossier, words: 12, topics: []).markdown
        #expect(markdown.contains("| **Published** | 2020-03-03 (inferred from [Council backs bridge](../sources/a.md)) |"))
        let own = SourcePage.page(for: dossier.sources[0], in: dossier, words: 0, topics: []).markdown
        #expect(own.contains("| **Published** | 2020-03-03 |"))
    }

    @Test func untitledSourceIsNamedByItsOutletAndFirstWords() {
        let dossier = Self.dossier()
        #expect(SourceFormatting.title(dossier.sources[1]) == "[untitled] Example News: LEEDS — The council approved a new bridge after…")
        #expect(SourceFormatting.date(dossier.sources[1]) == "2020-03-03 (inferred)")
    }

    /// The words of each source are counted once, in the sources' order (`SitePages.sourceWords`), for its page, the
    /// list of sources and the brief: each shows the source's count it is given, by the source's position.
    @Test func pagesShowTheWordsCountedOnce() {
        let dossier = Self.dossier()
        #expect(SitePages.sourceWords(dossier) == [0, 12])
        #expect(SourcePage.page(for: dossier.sources[1], in: dossier, words: 12, topics: []).markdown.contains("| **Words** | 12 |\n"))
        let pages = Dictionary(uniqueKeysWithValues: SitePages.pages(for: dossier, sourceWords: [7, 99_999]).map { ($0.path, $0.markdown) })
        #expect(pages["sources/a"]?.contains("| **Words** | 7 |\n") == true)
        #expect(pages["sources/b"]?.contains("| **Words** | 99999 |\n") == true)
        for path in ["sources/index", "index"] {
            let rows = pages[path]?.split(separator: "\n").filter { $0.contains("](") && $0.hasPrefix("| [") } ?? []
            #expect(rows.count == 2)
            #expect(rows.first { $0.contains("sources/a.md") }?.contains("| 7 |") == true, "\(path)")
            #expect(rows.first { $0.contains("sources/b.md") }?.contains("| 99999 |") == true, "\(path)")
        }
    }

    /// Each source lists the people it mentions, in who's-who order, with how often it mentions each.
    @Test func peopleAreListedWithTheirMentionsInTheSource() {
        var dossier = Self.dossier()
        let mention = { (source: String, sentence: String) in Mention(form: "Lee", reference: SentenceReference(source: source, sentence: sentence)) }
        dossier.people = [Person(id: "ann-lee", name: "Ann Lee", mentions: [mention("a", "s1"), mention("b", "s1"), mention("a", "s2")]),
                          Person(id: "bo", name: "Bo", mentions: [mention("a", "s3")])]
        let index = SitePages.peopleIndex(dossier)
        #expect(index["a"] == [SourcePage.Mentioned(id: "ann-lee", name: "Ann Lee", mentions: 2), SourcePage.Mentioned(id: "bo", name: "Bo", mentions: 1)])
        #expect(index["b"] == [SourcePage.Mentioned(id: "ann-lee", name: "Ann Lee", mentions: 1)])
        #expect(index["c"] == nil)
        let markdown = SourcePage.page(for: dossier.sources[0], in: dossier, people: index["a"] ?? [], words: 0, topics: []).markdown
        #expect(markdown.contains("## People in this source\n\n- [Ann Lee](../people/ann-lee.md) (2)\n- [Bo](../people/bo.md) (1)\n"))
    }

    /// A paragraph's text alone: `SourcePage.text(of:into:)` appended to nothing.
    static func text(of paragraph: Paragraph) -> String {
        var text = ""
        SourcePage.text(of: paragraph, into: &text)
        return text
    }

    /// A paragraph of the text: each sentence escaped after its anchor, one space between them.
    @Test func paragraphTextIsEachSentenceAfterItsAnchor() {
        let sentence = { (id: String, text: String) in Sentence(id: id, text: text, range: 0..<text.unicodeScalars.count, line: 1) }
        let paragraph = Paragraph(sentences: [sentence("s1", "1. Start *here*."), sentence("s2", "Then <b>.")])
        #expect(Self.text(of: paragraph)
                == TrustedMarker.anchor("s1") + "1\\. Start \\*here\\*. " + TrustedMarker.anchor("s2") + "Then \\<b\\>.")
        #expect(Self.text(of: Paragraph(sentences: [])) == "")
        #expect(Self.text(of: Paragraph(sentences: [sentence("s3", "Alone.")])) == TrustedMarker.anchor("s3") + "Alone.")
    }

    /// The page's text is each paragraph's `text(of:into:)` as a block of its own, an empty paragraph as an empty block, in
    /// order; `text(of:into:)` appends to what is there.
    @Test func pageTextIsEachParagraphAsABlock() {
        let sentence = { (id: String, text: String) in Sentence(id: id, text: text, range: 0..<text.unicodeScalars.count, line: 1) }
        let paragraphs = [Paragraph(sentences: [sentence("s1", "One."), sentence("s2", "Two #.")]), Paragraph(sentences: []),
                          Paragraph(sentences: [sentence("s3", "- Three.")])]
        let article = Article(id: "c", path: "content/c.txt", body: "", metadata: SourceMetadata(title: "C"), paragraphs: paragraphs)
        let dossier = Dossier(configuration: DossierConfiguration(title: "Test"), sources: [article])
        let markdown = SourcePage.page(for: article, in: dossier, words: 3, topics: []).markdown
        let text = "## Text\n\n" + Self.text(of: paragraphs[0]) + "\n\n\n\n" + Self.text(of: paragraphs[2]) + "\n"
        #expect(markdown.hasSuffix(text))
        #expect(Self.text(of: paragraphs[2]) == TrustedMarker.anchor("s3") + "\\- Three.")
        var appended = "before "
        SourcePage.text(of: paragraphs[0], into: &appended)
        #expect(appended == "before " + Self.text(of: paragraphs[0]))
    }
}

