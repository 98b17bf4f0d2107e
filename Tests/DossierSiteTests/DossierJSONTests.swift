import DossierCore
import Foundation
import Testing
@testable import DossierSite

@Suite struct DossierJSONTests {
    /// Every ASCII character (each control character among them), separators JavaScript minds, a byte-order mark,
    /// combining marks, a joined emoji, DEL and a C1 control.
    static let oddText: String = {
        var text = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
        text += "\u{2028}\u{2029}\u{FEFF}e\u{301}\u{301}👩‍👩‍👧\u{7F}\u{85}/\\\""
        return text
    }()

    static let doubles: [Double] = [0, -0.0, 1, 1.5, 1900, 1.9e6, 11_000_000_000, 1e15, 1e16, 1e20, 1e21, 1e-7, 0.1, 1.0 / 3,
                                    123_456_789.123, -42, 5e-324, 1.7976931348623157e308, 2.5e-5]

    /// A dossier with every optional both there and missing, odd text, repeated flags, roles and mentions, and keys that
    /// sort differently by bytes than by their order in the model.
    static let dossier: Dossier = {
        let reference = { (source: String, sentence: String) in SentenceReference(source: source, sentence: sentence) }
        let first = Article(
            id: "b-two", path: "content/articles/b.txt", body: "",
            metadata: SourceMetadata(title: oddText, section: "World", outlet: "Wire", origin: "Agency", published: "2025-03-05",
                                     dateInferredFrom: ["a-one"], authors: ["A. Writer", "B. Writer"], url: "https://example.org/a/b"),
            extraFields: ["b": "1", "a": "2", "B": "3", "é": "4", "aa": "5", "a b": "6", "10": "7", "9": "8", "": oddText],
            paragraphs: [Paragraph(sentences: [Sentence(id: "s1", text: "One two three.", range: 0..<1, line: 1),
                                               Sentence(id: "s2", text: "Four, five.", range: 0..<1, line: 2)])],
            flags: [QualityFlag(kind: "syndicated", evidence: "From the agency"),
                    QualityFlag(kind: "duplicate-of", evidence: "Same text", relatedSource: "a-one"),
                    QualityFlag(kind: "syndicated", evidence: "Again")])
        let second = Article(id: "a-one", path: "content/articles/a.txt", body: "")
        let person = Person(id: "ann-lee", name: "Ann Lee", aliases: ["Lee", "A. Lee"],
                            roles: [Role(text: "minister", reference: reference("b-two", "s1")),
                                    Role(text: "minister", reference: reference("a-one", "s1")),
                                    Role(text: "MP", reference: reference("a-one", "s2"))],
                            mentions: [Mention(form: "Lee", reference: reference("b-two", "s1")),
                                       Mention(form: "Ann Lee", reference: reference("a-one", "s1")),
                                       Mention(form: "Lee", reference: reference("b-two", "s2"))],
                            quotes: [Quote(text: "\"No\", she said", reference: reference("b-two", "s2"))],
                            evidence: ["title: minister", "2 sources"])
        let quiet = Person(id: "bo", name: "Bo")
        let topics = [Topic(id: "talks", name: "Talks", summary: "About talks.", keywords: ["talks", "deal"],
                            sentences: [reference("b-two", "s1"), reference("a-one", "s1")], people: ["ann-lee"], figures: ["cost"]),
                      Topic(id: "quiet", name: "Quiet")]
        let values = doubles.enumerated().map { index, value in
            FigureValue(value: value, text: "\(value)", qualifier: index % 2 == 0 ? "about" : nil, sentence: oddText,
                        reference: reference("b-two", "s\(index)"))
        }
        let figures = [Figure(id: "cost", measure: "cost", unit: "USD", values: values, agreement: .conflict, basis: "same words"),
                       Figure(id: "crowd", measure: "crowd", unit: nil,
                              values: [FigureValue(value: nil, text: "hundreds", qualifier: nil, sentence: "", reference: reference("a-one", "s1"))],
                              agreement: .single)]
        let events = [Event(date: "2025-03-05", dateText: "5 March", text: "Talks began.", references: [reference("b-two", "s1"), reference("a-one", "s2")]),
                      Event(date: nil, dateText: "last year", text: "Nothing.", references: [])]
        return Dossier(configuration: DossierConfiguration(title: "T", description: "About\nthings"), sources: [first, second],
                       people: [person, quiet], topics: topics, figures: figures, events: events)
    }()

    @Test func writesTheDossierAsJSONEncoderDoes() throws {
        for dossier in [Self.dossier, SearchIndexTests.dossier, Dossier(configuration: DossierConfiguration(title: ""), sources: [])] {
            let expected = try DossierJSONReference.encoder().encode(DossierJSONReference(dossier)) + [0x0A]
            let written = try DossierJSON.encode(dossier, sourceWords: SitePages.sourceWords(dossier))
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
            #expect(written == expected)
        }
    }

    /// The sources' words counted once for the pages are the ones written, not counted again.
    @Test func writesTheSourcesWordsAlreadyCounted() throws {
        let dossier = Self.dossier
        let given = String(decoding: try DossierJSON.encode(dossier, sourceWords: [90_001, 90_002]), as: UTF8.self)
        #expect(given.contains("\"words\" : 90001") && given.contains("\"words\" : 90002"))
        let file = SiteData.files(for: dossier, originals: nil, sourceWords: [90_001, 90_002]).first
        #expect(try file?.data == DossierJSON.encode(dossier, sourceWords: [90_001, 90_002]))
    }

    @Test func exactBytesOfAnEmptyDossier() throws {
        let written = try DossierJSON.encode(Dossier(configuration: DossierConfiguration(title: "T"), sources: []), sourceWords: [])
        #expect(String(decoding: written, as: UTF8.self) == """
            {
              "description" : null,
              "events" : [

              ],
              "figures" : [

              ],
              "people" : [

              ],
              "schema" : 1,
              "sources" : [

              ],
              "title" : "T",
              "topics" : [

              ]
            }

            """)
    }

    @Test func refusesNumbersJSONCannotHold() {
        for number in [Double.nan, .infinity, -.infinity] {
            var dossier = Self.dossier
            dossier.figures[1].values[0].value = number
            #expect(throws: EncodingError.self) { try DossierJSON.encode(dossier, sourceWords: SitePages.sourceWords(dossier)) }
        }
    }
}
