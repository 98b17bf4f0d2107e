import Foundation

/// Slugs for file names and ids: lowercase ASCII letters, digits and single hyphens.
/// A slug never contains `/`, `\` or `..`, whatever the input, so it cannot leave its folder.
public enum Slug {
    /// The slug of a text; `fallback` when nothing usable is left.
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "item") -> String {
        if let slug = text.utf8.withContiguousStorageIfAvailable({ asciiSlug($0, maxLength: maxLength) }), let slug {
            return slug.isEmpty ? fallback : slug
        }
        var out: [UInt8] = []
        out.reserveCapacity(min(maxLength, text.utf8.count))
        var pendingHyphen = false
        /// Takes one byte of the folded text (always ASCII); false once the slug is full.
        func take(_ byte: UInt8) -> Bool {
            let isLetterOrDigit = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isLetterOrDigit {
                let hyphen = pendingHyphen && !out.isEmpty
                if out.count + (hyphen ? 2 : 1) > maxLength { return false }
                if hyphen { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte)
            } else if byte != UInt8(ascii: "'") {  // "Netanyahu's" → "netanyahus"
                pendingHyphen = true
            }
            return true
        }
        if text.isAllASCII {
            // ASCII text folds to itself in lower case: no need for Foundation's decomposition.
            for byte in text.utf8 where !take(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) { break }
        } else {
            for byte in text.decomposedASCIIFolding.utf8 where !take(byte) { break }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
    }

    /// `make`'s slug of an ASCII text, read in its bytes and written straight into the string (empty when nothing
    /// usable is left), or nil when a byte is not ASCII (the text is then folded first): the bytes went through the
    /// UTF-8 view's iterator, into an array, and were copied into the string from there.
    private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>, maxLength: Int) -> String? {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        guard high < 0x80 else { return nil }
        let capacity = min(maxLength, bytes.count)
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var count = 0
            var pendingHyphen = false
            for var byte in bytes {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                let isLetterOrDigit = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                if isLetterOrDigit {
                    // A hyphen is written only before a letter or digit: a slug never ends with one.
                    let hyphen = pendingHyphen && count > 0
                    if count + (hyphen ? 2 : 1) > maxLength { break }
                    if hyphen {
                        out[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    pendingHyphen = false
                    out[count] = byte
                    count += 1
                } else if byte != UInt8(ascii: "'") {  // "Netanyahu's" → "netanyahus"
                    pendingHyphen = true
                }
            }
            return count
        }
    }

    /// Unique slugs for a list of texts, in order: a repeated slug gets `-2`, `-3`, …
    public static func unique(_ texts: [String], fallback: String = "item") -> [String] {
        var taken = Set<String>()
        // The numbers a base has tried stay taken, so the next try starts after them: linear, not quadratic, in
        // the texts that share a slug.
        var nextNumber: [String: Int] = [:]
        return texts.map { text in
            let base = make(text, fallback: fallback)
            var candidate = base
            var n = nextNumber[base] ?? 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            nextNumber[base] = n
            taken.insert(candidate)
            return candidate
        }
    }
}

extension String {
    /// Lowercased, with accents removed where a plain ASCII letter exists (é → e).
    var decomposedASCIIFolding: String {
        var out = String.UnicodeScalarView()
        for scalar in self.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII { out.append(scalar) }
            else if scalar == "\u{2019}" || scalar == "\u{2018}" { out.append("'") }
            else if scalar.properties.generalCategory == .nonspacingMark { continue }
            else { out.append(" ") }
        }
        return String(out)
    }
}
