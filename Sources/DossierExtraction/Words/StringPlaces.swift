import DossierLanguage

/// `Places` of strings, the keys of the phrase and word tables.
typealias StringPlaces = Places<String>

/// Strings are told apart as `String`'s `==` tells them (canonical equivalence, as a `Dictionary` does): equal strings
/// must get equal hashes, and a hash of the bytes gives that only where the bytes are the same. A string whose
/// canonical form is ASCII (nearly every word) is hashed from its scalars by FNV-1a, the three scalars whose canonical
/// form is an ASCII character read as that character; any other string is hashed by `Hasher`, which hashes the
/// canonical form.
extension String: PlaceKey {
    var placeHash: UInt64 { StringPlaces.hash(self) }
}

extension Places where Key == String {
    /// Equal for strings that `==` calls equal (see the type's note).
    static func hash(_ key: String) -> UInt64 {
        // FNV-1a over the bytes of an ASCII string, the common case, in one pass: through the string's own bytes when
        // it lends them (a loop over a buffer, not the UTF-8 view's iterator), else through the view.
        let lent = key.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash = FNV1a.offsetBasis
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = FNV1a.adding(UInt64(byte), to: hash)
            }
            return FNV1a.mixed(hash)
        }
        switch lent {
        case .some(.some(let hash)): return hash
        case .some(.none): return nonASCIIHash(key)
        case .none: break
        }
        var hash = FNV1a.offsetBasis
        for byte in key.utf8 {
            guard byte < 0x80 else { return nonASCIIHash(key) }
            hash = FNV1a.adding(UInt64(byte), to: hash)
        }
        return FNV1a.mixed(hash)
    }

    /// A string with a scalar beyond ASCII: if every such scalar is one whose canonical form is an ASCII character,
    /// the FNV-1a of those characters (as the equal ASCII string is hashed); else the `Hasher`'s hash.
    private static func nonASCIIHash(_ key: String) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for scalar in key.unicodeScalars {
            let byte: UInt64
            switch scalar.value {
            case 0..<0x80: byte = UInt64(scalar.value)
            case 0x212A: byte = 0x4B  // KELVIN SIGN: K
            case 0x037E: byte = 0x3B  // GREEK QUESTION MARK: ;
            case 0x1FEF: byte = 0x60  // GREEK VARIA: `
            default:
                var hasher = Hasher()
                hasher.combine(key)
                // Not mixed: a string equal to this one is hashed here too, and a different one needs no other hash.
                return UInt64(bitPattern: Int64(hasher.finalize()))
            }
            hash = FNV1a.adding(byte, to: hash)
        }
        return FNV1a.mixed(hash)
    }
}
