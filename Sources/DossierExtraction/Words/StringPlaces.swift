import DossierLanguage

/// `Places` of strings, the keys of the phrase and word tables.
typealias StringPlaces = Places<String>

/// Strings are told apart as `String`'s `==` tells them (canonical equivalence, as a `Dictionary` does): equal strings
/// must get equal hashes, and a hash of the bytes gives that only where the bytes are the same. A string whose
/// canonical form is ASCII (nearly every word) is hashed from its scalars by `ASCIIWordHash`, the three scalars whose
/// canonical form is an ASCII character read as that character; any other string is hashed by `Hasher`, which hashes the
/// canonical form.
extension String: PlaceKey {
    var placeHash: UInt64 { StringPlaces.hash(self) }
}

extension Places where Key == String {
    /// Equal for strings that `==` calls equal (see the type's note).
    static func hash(_ key: String) -> UInt64 {
        // The common case, an ASCII string that lends its bytes (a small one copies them out, as cheaply): read in
        // eights (`ASCIIWordHash`).
        let lent = key.utf8.withContiguousStorageIfAvailable { ASCIIWordHash.hash($0) }
        switch lent {
        case .some(.some(let hash)): return hash
        case .some(.none): return nonASCIIHash(key)
        case .none: break
        }
        let bytes = Array(key.utf8)
        return bytes.withUnsafeBufferPointer { ASCIIWordHash.hash($0) } ?? nonASCIIHash(key)
    }

    /// A string with a scalar beyond ASCII: if every such scalar is one whose canonical form is an ASCII character,
    /// the hash of those characters (as the equal ASCII string is hashed); else the `Hasher`'s hash.
    private static func nonASCIIHash(_ key: String) -> UInt64 {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: ascii.append(UInt8(scalar.value))
            case 0x212A: ascii.append(0x4B)  // KELVIN SIGN: K
            case 0x037E: ascii.append(0x3B)  // GREEK QUESTION MARK: ;
            case 0x1FEF: ascii.append(0x60)  // GREEK VARIA: `
            default:
                var hasher = Hasher()
                hasher.combine(key)
                // Not mixed: a string equal to this one is hashed here too, and a different one needs no other hash.
                return UInt64(bitPattern: Int64(hasher.finalize()))
            }
        }
        return ascii.withUnsafeBufferPointer { ASCIIWordHash.hash($0)! }
    }
}
