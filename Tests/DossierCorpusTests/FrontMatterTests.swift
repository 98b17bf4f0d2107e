import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct FrontMatterTests {
    @Test func readsKnownFieldsAndKeepsTheOthers() throws {
        let text = "---\ntitle: A title\noutlet: The Paper\norigin: Wire\npublished: 2025-03-05\nauthors:\n  - Ana Rivera\n  - Li Wei\nurl: https://example.com/a\ndesk: world\n---\nBody line.\n"
        let (matter, body, startLine) = try FrontMatterParser.split(text, path: "a.md")
        #expect(matter.title == "A title")
        #expect(matter.outlet == "The Paper")
        #expect(matter.origin == "Wire")
        #expect(matter.published == "2025-03-05")
        #expect(matter.authors == ["Ana Rivera", "Li Wei"])
        #expect(matter.url == "https://example.com/a")
        #expect(matter.extraFields == ["desk": "world"])
        #expect(body == "Body line.\n")
        #expect(startLine == 12)
    }

    @Test func noFrontMatterLeavesTheTextAlone() throws {
        let (matter, body, startLine) = try FrontMatterParser.split("Just text.\n---\nmore", path: "a.md")
        #expect(matter == FrontMatter())
        #expect(body == "Just text.\n---\nmore")
        #expect(startLine == 1)
    }

    @Test func brokenYAMLReportsTheLineInTheFile() {
        let text = "---\ntitle: ok\noutlet: fine\nauthors: [unclosed\n---\nBody.\n"
        #expect {
            try FrontMatterParser.split(text, path: "content/b.md")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location?.file == "content/b.md" && diagnostic.location?.line == 4
                && diagnostic.message.hasPrefix("front matter is not valid YAML")
        }
    }

    @Test func unclosedFrontMatterSaysWhatToDo() {
        #expect {
            try FrontMatterParser.split("---\ntitle: x\nBody.\n", path: "c.md")
        } throws: { error in
            (error as! Diagnostic).message.contains("add a line with `---`")
        }
    }

    @Test func aListIsNotAMapping() {
        #expect(throws: Diagnostic.self) {
            try FrontMatterParser.split("---\n- a\n- b\n---\nBody.\n", path: "d.md")
        }
    }
}
