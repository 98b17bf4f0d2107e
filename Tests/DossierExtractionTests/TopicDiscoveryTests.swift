import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct TopicDiscoveryTests {
    static let corpus = [
        TimelineExtractorTests.article("a", published: nil, [
            "The water shortage has closed farms across the valley.",
            "Officials blamed the water shortage on a dry winter.",
            "A cease-fire between the two villages held overnight.",
            "Her golden retriever waited at the gate.",
        ]),
        TimelineExtractorTests.article("b", published: nil, [
            "Farmers say the water shortages are the worst in decades.",
            "The ceasefire was signed in the town hall.",
        ]),
        TimelineExtractorTests.article("c", published: nil, [
            "Relief trucks brought bottled water during the water shortage.",
            "Both sides said the ceasefires must hold.",
        ]),
    ]

    @Test func aRecurringPhraseBecomesATopicAndVariantsMerge() {
        let topics = TopicExtractor(lexicon: TestLanguage.lexicon).topics(in: Self.corpus)
        let names = topics.map(\.name)
        #expect(names.contains("Water shortage"))
        let ceasefire = topics.first { $0.keywords.contains("cease-fire") || $0.keywords.contains("ceasefire") }
        #expect(ceasefire?.sources == ["a", "b", "c"])
        #expect(ceasefire?.sentences.count == 3)
        let water = topics.first { $0.name == "Water shortage" }
        #expect(water?.sources == ["a", "b", "c"])
        #expect(water?.sentences.count == 4)
    }

    @Test func aOneOffPhraseIsNoTopic() {
        let topics = TopicExtractor(lexicon: TestLanguage.lexicon).topics(in: Self.corpus)
        #expect(!topics.contains { $0.keywords.contains { $0.contains("retriever") } })
    }

    @Test func variantsShareOneKey() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let keys = ["A cease-fire held.", "The ceasefires held.", "The cease fire held."].map { sentence in
            scanner.candidates(in: TestLanguage.sentence(sentence)).map(\.key).filter { $0.hasPrefix("cease") }.last
        }
        #expect(keys == ["ceasefire", "ceasefire", "ceasefire"])
        #expect(WordForm.key("policies", lexicon: TestLanguage.lexicon) == "policy")
        #expect(WordForm.key("Hamas", isName: true, lexicon: TestLanguage.lexicon) == "hamas")
    }

    @Test func topicsYmlDefinesRenamesAndDrops() {
        let yaml = """
        topics:
          - name: Farming
            description: Farms and farmers
            keywords: [farms, farmers]
        rename:
          water-shortage: Drought
        drop: [ceasefire]
        """
        let (curation, diagnostics) = TopicCuration.parse(yaml, shown: "content/topics.yml")
        #expect(diagnostics.isEmpty)
        let topics = TopicExtractor(curation: curation, lexicon: TestLanguage.lexicon).topics(in: Self.corpus)
        #expect(topics.map(\.name).contains("Drought"))
        #expect(!topics.map(\.name).contains("Water shortage"))
        #expect(!topics.contains { $0.keywords.contains("ceasefire") })
        let farming = topics.first { $0.name == "Farming" }
        #expect(farming?.summary == "Farms and farmers")
        #expect(farming?.sentences == [SentenceReference(source: "a", sentence: "s1"), SentenceReference(source: "b", sentence: "s1")])
    }

    @Test func anUnknownKeyInTopicsYmlIsAWarning() {
        let (_, diagnostics) = TopicCuration.parse("topcs: []\n", shown: "content/topics.yml")
        #expect(diagnostics.map(\.description) == ["content/topics.yml: warning: topics.yml: unknown key `topcs` is ignored; use `topics`, `rename`, `merge` or `drop`"])
    }

    @Test func linksPeopleAndFiguresBySentence() {
        let topic = Topic(id: "t", name: "T", sentences: [SentenceReference(source: "a", sentence: "s1")])
        let person = Person(id: "p", name: "P", mentions: [Mention(form: "P", reference: SentenceReference(source: "a", sentence: "s1"))])
        let other = Person(id: "q", name: "Q", mentions: [Mention(form: "Q", reference: SentenceReference(source: "a", sentence: "s2"))])
        let figure = Figure(id: "f", measure: "m", unit: nil, values: [
            FigureValue(value: 1, text: "1", qualifier: nil, sentence: "x", reference: SentenceReference(source: "a", sentence: "s1"))],
            agreement: .single)
        let linked = TopicLinker.link([topic], people: [person, other], figures: [figure])
        #expect(linked[0].people == ["p"])
        #expect(linked[0].figures == ["f"])
    }
}
