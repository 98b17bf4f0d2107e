import DossierCore
import DossierLanguage

/// Finds capitalised words of one text that differ by a single letter (`Qassem` / `Qasssem`,
/// `Karolina` / `Karoline`): one name spelled two ways. Near-linear: words meet through their one-letter deletions.
struct NameVariants {
    /// Shorter words are too often distinct names (`Hamas` / `Hamad`).
    static let shortest = 5

    /// Pairs of spellings, each pair sorted, in order of first appearance.
    func pairs(in sentences: [Sentence]) -> [(String, String)] {
        pairs(among: capitalisedWords(sentences))
    }

    /// Pairs of spellings among `words` (`capitalisedWords`), each pair sorted, in order of first appearance.
    func pairs(among words: [String]) -> [(String, String)] {
        let variantsOfWords = words.map(deletions)
        var byDeletion: [String: [String]] = [:]
        for (word, variants) in zip(words, variantsOfWords) {
            for variant in variants { byDeletion[variant, default: []].append(word) }
        }
        let known = Set(words)
        var pairs: [(String, String)] = []
        var seen: Set<String> = []
        for (word, variants) in zip(words, variantsOfWords) {
            var partners = variants.filter { known.contains($0) }
            for variant in variants { partners += byDeletion[variant, default: []] }
            for partner in partners where partner != word && isVariant(word, partner) {
                let pair = word < partner ? (word, partner) : (partner, word)
                if seen.insert(pair.0 + "/" + pair.1).inserted { pairs.append(pair) }
            }
        }
        return pairs
    }

    /// Capitalised words not opening a sentence, in order of first appearance, without a possessive.
    func capitalisedWords(_ sentences: [Sentence]) -> [String] {
        var words: [String] = []
        var seen: Set<String> = []
        for sentence in sentences {
            let tokens = sentence.tokens
            guard let first = tokens.firstIndex(where: \.isWord) else { continue }
            // Fields are read in place, not by copying every token.
            for position in tokens.indices.dropFirst(first + 1) where tokens[position].isWord && tokens[position].shape == .capitalised {
                guard let word = Self.nameLike(tokens[position]) else { continue }
                if seen.insert(word).inserted { words.append(word) }
            }
        }
        return words
    }

    /// The token's `bare` word when it has `shortest` characters or more, all in lower case after the first; read on
    /// the bytes when they are ASCII (a byte is then a character), as Characters otherwise.
    static func nameLike(_ token: Token) -> String? {
        var text = token.text
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let word = token.bare
            guard word.count >= shortest, word.dropFirst().allSatisfy(\.isLowercaseFast) else { return nil }
            return word
        }
        return text.withUTF8 { bytes in
            var end = bytes.count
            if token.isPossessive {
                end = max(0, end - (bytes.last == UInt8(ascii: "s") || bytes.last == UInt8(ascii: "S") ? 2 : 1))
            }
            if end > 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            guard end >= shortest, bytes[1..<end].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        }
    }

    /// The word with one character left out, for each character in turn; on the bytes when the word is ASCII (a byte
    /// is then a character).
    func deletions(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.indices.map { index in
                var copy = bytes
                copy.remove(at: index)
                return String(decoding: copy, as: UTF8.self)
            }
        }
        let characters = Array(word)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// Not a word and its derivative (`Israel` / `Israeli`, `Blair` / `Blairs`).
    func isVariant(_ first: String, _ second: String) -> Bool {
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        if long.hasPrefix(short) { return false }
        return isOneEdit(Array(short), Array(long))
    }

    /// One letter changed, added or dropped (words sharing a deletion may differ by two: `Minister` / `Ministry`).
    func isOneEdit(_ short: [Character], _ long: [Character]) -> Bool {
        var prefix = 0
        while prefix < short.count, short[prefix] == long[prefix] { prefix += 1 }
        if prefix == short.count { return long.count == short.count + 1 }
        if short.count == long.count { return short[(prefix + 1)...] == long[(prefix + 1)...] }
        return short[prefix...] == long[(prefix + 1)...]
    }
}
