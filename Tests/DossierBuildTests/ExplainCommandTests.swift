import Foundation
import Testing

/// `dossier explain`, run as a user would after a build of a two-source fixture: why a name is a person and why two
/// values share a row, and what it says when there is nothing to explain.
@Suite struct ExplainCommandTests {
    let binary = BinaryTests()

    @Test func explainsAPersonFromAnyPartOfAName() throws {
        let site = try FixtureSite("explain")
        defer { site.remove() }
        #expect(try binary.run(["build", "--quiet"], in: site.root).status == 0)
        let result = try binary.run(["explain", "brandt"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            person: Helena Brandt (helena-brandt)
              also written: Brandt
              kept as a person because:
                title: Mayor
                role: Mayor
                speech verb: said
                given name: Helena
                2 sources

            """)
    }

    @Test func explainsWhyTwoValuesShareARow() throws {
        let site = try FixtureSite("explain")
        defer { site.remove() }
        #expect(try binary.run(["build", "--quiet"], in: site.root).status == 0)
        let expected = """
            figure: people injured (people-injured), conflict
              values share the row because: count of people of person; shared words: crash, injure
                14 people (a-courier-harbour-bridge-closed-after-crash, s2)
                15 people (b-gazette-lorry-crash-shuts-harbour-bridge, s1)

            """
        #expect(try binary.run(["explain", "Injured"], in: site.root).stdout == expected)
        #expect(try binary.run(["explain", "people-injured"], in: site.root).stdout == expected)
    }

    @Test func nothingToExplainExitsWithStatusOneAndSaysWhatToDo() throws {
        let site = try FixtureSite("explain")
        defer { site.remove() }
        let unbuilt = try binary.run(["explain", "brandt"], in: site.root)
        #expect(unbuilt.status == 1)
        #expect(unbuilt.stderr == "output/dossier.json: error: no dossier to explain: run `dossier build` first, or name its folder with --output\n")
        #expect(try binary.run(["build", "--quiet"], in: site.root).status == 0)
        let unknown = try binary.run(["explain", "nobody"], in: site.root)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "error: no person or figure matches “nobody”: try part of a name or a measure as the site shows it\n")
    }
}
