/// Makes a word token's `text` and `lower` strings from its scalars, through two UTF-8 buffers kept from one word to
/// the next: no string is built scalar by scalar, and `lower` is `text` itself (no second copy) when they are the same.
struct WordForms {
    private var written: [UInt8] = []
    private var lowered: [UInt8] = []

    init() {
        written.reserveCapacity(64)
        lowered.reserveCapacity(64)
    }

    struct Forms {
        var text: String
        /// Lower case with straight apostrophes, without a trailing full stop or a possessive `'s`.
        var lower: String
        var isPossessive: Bool
    }

    mutating func forms(of scalars: ArraySlice<Unicode.Scalar>) -> Forms {
        written.removeAll(keepingCapacity: true)
        lowered.removeAll(keepingCapacity: true)
        var isASCII = true
        for scalar in scalars {
            Self.append(scalar, to: &written)
            if scalar == "’" {
                lowered.append(UInt8(ascii: "'"))
            } else if scalar.isASCII {
                lowered.append(scalar.isUppercaseScalar ? UInt8(scalar.value) | 0x20 : UInt8(scalar.value))
            } else {
                isASCII = false
                for lowerScalar in scalar.properties.lowercaseMapping.unicodeScalars { Self.append(lowerScalar, to: &lowered) }
            }
        }
        let text = String(decoding: written, as: UTF8.self)
        guard isASCII else {
            let (lower, possessive) = Self.trimmed(String(decoding: lowered, as: UTF8.self))
            return Forms(text: text, lower: lower, isPossessive: possessive)
        }
        // In ASCII a byte is a character, so the ends are trimmed on the bytes.
        if lowered.count > 1, lowered.last == UInt8(ascii: ".") { lowered.removeLast() }
        let possessive = lowered.count > 2 && lowered[lowered.count - 2] == UInt8(ascii: "'") && lowered.last == UInt8(ascii: "s")
        if possessive { lowered.removeLast(2) }
        let lower = lowered == written ? text : String(decoding: lowered, as: UTF8.self)
        return Forms(text: text, lower: lower, isPossessive: possessive)
    }

    /// A lower form without its trailing full stop and possessive `'s`, trimmed character by character.
    private static func trimmed(_ lowered: String) -> (lower: String, possessive: Bool) {
        var lower = lowered
        if lower.hasSuffix("."), lower.count > 1 { lower.removeLast() }
        let possessive = lower.count > 2 && lower.hasSuffix("'s")
        if possessive { lower.removeLast(2) }
        return (lower, possessive)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }
}
