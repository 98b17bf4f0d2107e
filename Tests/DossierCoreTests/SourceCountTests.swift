import Testing
@testable import DossierCore

/// `sourceCount` of a figure, a person and a topic: the number of distinct sources, as `sources.count` gives it, whether
/// a source's items stand together or not, and past the count compared pairwise.
@Suite struct SourceCountTests {
    /// Sources in runs, a source coming back after others, a composed and a decomposed spelling of one source, and a
    /// list longer than the pairwise limit (40 items of 13 sources, scattered).
    static let sourceLists: [[String]] = [
        [], ["a"], ["a", "a", "a"], ["a", "b"], ["a", "a", "b", "b", "c"], ["a", "b", "a"], ["b", "a", "c", "a", "b", "d"],
        ["caf\u{E9}", "cafe\u{301}", "x"],
        (0..<40).map { "s\(($0 * 7) % 13)" },
    ]
    static let expected = [0, 1, 1, 2, 3, 2, 4, 2, 13]

    @Test func aFiguresSources() {
        for (sources, count) in zip(Self.sourceLists, Self.expected) {
            let values = sources.map {
                FigureValue(value: 1, text: "1", qualifier: nil, sentence: "", reference: SentenceReference(source: $0, sentence: "s"))
            }
            let figure = Figure(id: "f", measure: "m", unit: nil, values: values, agreement: .single)
            #expect(figure.sourceCount == count)
            #expect(figure.sourceCount == figure.sources.count)
        }
    }

    @Test func aPersonsSources() {
        for (sources, count) in zip(Self.sourceLists, Self.expected) {
            let person = Person(id: "p", name: "P", mentions: sources.map { Mention(form: "P", reference: SentenceReference(source: $0, sentence: "s")) })
            #expect(person.sourceCount == count)
            #expect(person.sourceCount == person.sources.count)
        }
    }

    @Test func aTopicsSources() {
        for (sources, count) in zip(Self.sourceLists, Self.expected) {
            let topic = Topic(id: "t", name: "T", sentences: sources.map { SentenceReference(source: $0, sentence: "s") })
            #expect(topic.sourceCount == count)
            #expect(topic.sourceCount == topic.sources.count)
        }
    }
}
