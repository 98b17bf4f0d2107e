import Foundation
import Testing
import DossierCore
@testable import DossierSite

@Suite struct FiguresCSVTests {
    /// Reads RFC 4180 CSV back: quoted fields, doubled quotes, CRLF line ends.
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }

    @Test func roundTripsEveryValue() {
        let sentence = "He said \"about 1,900\", then\nmore."
        let values = [
            FigureValue(value: 1900, text: "about 1,900 prisoners", qualifier: "about", sentence: sentence,
                        reference: SentenceReference(source: "000-a", sentence: "s3")),
            FigureValue(value: nil, text: "=hundreds", qualifier: nil, sentence: "Plain.",
                        reference: SentenceReference(source: "002-b", sentence: "s9")),
            FigureValue(value: 1.9e6, text: "1.9 million", qualifier: nil, sentence: "x", reference: SentenceReference(source: "004-c", sentence: "s1"), upper: 2e6),
        ]
        let figure = Figure(id: "prisoners-released", measure: "prisoners released", unit: "people", values: values, agreement: .conflict)
        let dossier = Dossier(configuration: DossierConfiguration(title: "T"), sources: [], figures: [figure])
        let rows = parse(String(decoding: FiguresCSV.data(for: dossier), as: UTF8.self))
        #expect(rows == [
            FiguresCSV.header,
            ["prisoners released", "000-a", "1900", "about", "about 1,900 prisoners", sentence, "prisoners-released", "people", "conflict", "", "s3"],
            ["prisoners released", "002-b", "", "", "'=hundreds", "Plain.", "prisoners-released", "people", "conflict", "", "s9"],
            ["prisoners released", "004-c", "1900000", "", "1.9 million", "x", "prisoners-released", "people", "conflict", "2000000", "s1"],
        ])
    }

    @Test func exactBytesOfOneRow() {
        let value = FigureValue(value: 2.5, text: "2.5 \"m\"", qualifier: nil, sentence: "It cost \"2.5\", \"m\".",
                                reference: SentenceReference(source: "a", sentence: "s1"), upper: 3)
        let figure = Figure(id: "cost", measure: "cost", unit: nil, values: [value], agreement: .single)
        let csv = FiguresCSV.data(for: Dossier(configuration: DossierConfiguration(title: "T"), sources: [], figures: [figure]))
        #expect(csv == Data((FiguresCSV.header.joined(separator: ",") + "\r\n"
                + "cost,a,2.5,,\"2.5 \"\"m\"\"\",\"It cost \"\"2.5\"\", \"\"m\"\".\",cost,,single,3,s1\r\n").utf8))
    }

    /// Quoting is decided and done by byte: a quote or comma with a combining mark after it, or a CRLF inside a cell.
    @Test func quotesByByte() {
        #expect(FiguresCSV.field("plain") == "plain")
        #expect(FiguresCSV.field("a \"b\" c") == "\"a \"\"b\"\" c\"")
        #expect(FiguresCSV.field("x\"\u{301}y") == "\"x\"\"\u{301}y\"")
        #expect(FiguresCSV.field("1,\u{301}2") == "\"1,\u{301}2\"")
        #expect(FiguresCSV.field("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(FiguresCSV.field("-5 dead") == "'-5 dead")
    }

    /// The formula guard looks at the first character: a minus with a combining mark, or a CRLF, is none of its marks;
    /// a number is left as it is.
    @Test func formulaGuardReadsTheFirstCharacter() {
        #expect(FiguresCSV.field("-\u{301}5") == "-\u{301}5")
        #expect(FiguresCSV.field("\r\nx") == "\"\r\nx\"")
        #expect(FiguresCSV.field("\rx") == "\"'\rx\"")
        #expect(FiguresCSV.field("@x,y") == "\"'@x,y\"")
        #expect(FiguresCSV.field("-12.5") == "-12.5")
        #expect(FiguresCSV.field("") == "")
    }
}
