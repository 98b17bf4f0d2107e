import Testing
@testable import DossierSite

/// `String.appendJoined`: the items written after the text, the separator only between them.
@Suite struct AppendJoinedTests {
    @Test func separatorOnlyBetweenItems() {
        var text = "Also: "
        text.appendJoined(["a", "", "b"], separator: ", ")
        #expect(text == "Also: a, , b")
        var none = "x"
        none.appendJoined([String](), separator: ", ")
        #expect(none == "x")
        var one = ""
        one.appendJoined(["only"], separator: "; ")
        #expect(one == "only")
    }

    /// Each item written by the closure, from any sequence (a filtered lazy one here).
    @Test func itemsWrittenByTheClosure() {
        var text = ""
        text.appendJoined([1, 2, 3, 4].lazy.filter { $0 % 2 == 0 }, separator: " · ") { text, number in text += "[\(number)]" }
        #expect(text == "[2] · [4]")
    }
}
