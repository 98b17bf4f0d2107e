import Foundation

/// Slugs for file names and ids: lowercase ASCII letters, digits and single hyphens.
/// A slug never contains `/`, `\` or `..`, whatever the input, so it cannot leave its folder.
public enum Slug {
    /// The slug of a text; `fallback` when nothing usable is left.
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "item") -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.decomposedASCIIFolding.unicodeScalars {
            let value = scalar.value
            let isLetterOrDigit = (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
            if isLetterOrDigit {
                let hyphen = pendingHyphen && !out.isEmpty
                if out.unicodeScalars.count + (hyphen ? 2 : 1) > maxLength { break }
                if hyphen { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Netanyahu's" → "netanyahus"
            } else {
                pendingHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
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
