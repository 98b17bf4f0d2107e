import Testing
import DossierCore

/// `containsLiteral` finds a phrase's bytes anywhere in a text, and an empty phrase nowhere, as Foundation does.
@Suite struct LiteralSearchTests {
    @Test func findsThePhraseWhereverItsBytesStand() {
        #expect("all rights reserved".containsLiteral("all rights"))
        #expect("© 2024 all rights reserved".containsLiteral("reserved"))
        #expect("first appeared in".containsLiteral("appeared"))
        #expect("aaab".containsLiteral("aab"))
        #expect("a “quoted” word".containsLiteral("“quoted”"))
        #expect("© BBC".containsLiteral("©"))
        #expect("same".containsLiteral("same"))
    }

    @Test func findsNothingElse() {
        #expect(!"xxab".containsLiteral("abc"))
        #expect(!"ab".containsLiteral("abc"))
        #expect(!"granted".containsLiteral("ran "))
        #expect(!"some text".containsLiteral(""))
        #expect(!"".containsLiteral("a"))
        #expect(!"".containsLiteral(""))
        #expect(!"Reserved".containsLiteral("reserved"))
    }
}
