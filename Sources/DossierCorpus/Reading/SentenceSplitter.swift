import DossierCore

/// Splits lines into paragraphs (one per non-blank line) and paragraphs into sentences.
/// A first, simple version: the article-reading issue makes it cope with abbreviations and quotes.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func paragraphs(of lines: TextLines, skippingFirst: Bool) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var counter = 0
        var skipped = !skippingFirst
        for line in lines.lines where !line.isBlank {
            if !skipped { skipped = true; continue }
            var sentences: [Sentence] = []
            for (range, text) in split(line.text) {
                counter += 1
                sentences.append(Sentence(id: "s\(counter)", text: text,
                                          range: (line.offset + range.lowerBound)..<(line.offset + range.upperBound),
                                          line: line.number))
            }
            if !sentences.isEmpty { paragraphs.append(Paragraph(sentences: sentences)) }
        }
        return paragraphs
    }

    /// Sentences of one paragraph with their scalar ranges in it.
    public func split(_ text: String) -> [(Range<Int>, String)] {
        let scalars = Array(text.unicodeScalars)
        var result: [(Range<Int>, String)] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var s = start
            var e = end
            while s < e && scalars[s].properties.isWhitespace { s += 1 }
            while e > s && scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<e])
                result.append((s..<e, String(view)))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < scalars.count && "\"”’')".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j < scalars.count && scalars[j] == " " && j + 1 < scalars.count && scalars[j + 1].properties.isUppercase {
                    flush(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        flush(scalars.count)
        return result
    }
}
