import DossierCore
import Testing

/// Numbers given to keys densely, in the order the keys are first met.
@Suite struct NumberingTests {
    @Test func aKeyKeepsTheNumberItWasFirstGiven() {
        var numbering = Numbering<String>()
        #expect(numbering.number(of: "port") == (0, true))
        #expect(numbering.number(of: "ship") == (1, true))
        #expect(numbering.number(of: "port") == (0, false))
        #expect(numbering.count == 2)
        #expect(numbering.keys == ["port", "ship"])
    }
}
