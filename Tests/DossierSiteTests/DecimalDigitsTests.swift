@testable import DossierSite
import Testing

@Suite struct DecimalDigitsTests {
    @Test func spellsAsString() {
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 12345, -907, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        while power < Int.max / 10 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for value in values {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            DecimalDigits.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
        }
    }
}
