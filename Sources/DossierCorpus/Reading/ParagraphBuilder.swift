import DossierCore
import DossierLanguage

/// Groups the body lines into paragraphs and splits them into sentences with ids `s1`, `s2`, … in reading order,
/// each with its scalar range in the body and its line in the file.
///
/// A line is a paragraph, except a hard-wrapped one: a line not ending a sentence followed by a line
/// starting in lower case continues the same paragraph.
struct ParagraphBuilder {
    let tokenizer: Tokenizer

    func paragraphs(of layout: ArticleLayout) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var counter = 0
        for group in lineGroups(layout) {
            let text = ParagraphText(group.map { piece(of: $0, in: layout) })
            var sentences: [Sentence] = []
            for range in SentenceSplitter().sentenceRanges(in: text.scalars) {
                counter += 1
                sentences.append(Sentence(id: "s\(counter)", text: text.string(range), range: text.bodyRange(range),
                                          line: text.line(at: range.lowerBound)))
                sentences[sentences.count - 1].tokens = tokenizer.tokens(of: sentences[sentences.count - 1].text)
            }
            if !sentences.isEmpty { paragraphs.append(Paragraph(sentences: sentences)) }
        }
        return paragraphs
    }

    /// Consecutive body lines that make one paragraph.
    func lineGroups(_ layout: ArticleLayout) -> [[Int]] {
        var groups: [[Int]] = []
        var previous: Int?
        for index in layout.roles.indices where layout.isBody(index) {
            if let last = previous, last == index - 1, continues(layout.text(last), with: layout.text(index)) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
            previous = index
        }
        return groups
    }

    func continues(_ line: String, with next: String) -> Bool {
        guard let end = line.last, let start = next.first else { return false }
        return !".!?:…\"”’)".contains(end) && start.isLowercase
    }

    /// The part of a line that is body text: without its indentation, its metadata prefix, its trailing spaces.
    func piece(of index: Int, in layout: ArticleLayout) -> ParagraphText.Piece {
        let line = layout.lines[index]
        let scalars = Array(line.text.unicodeScalars)
        var start = layout.bodyStarts[index] ?? 0
        var end = scalars.count
        while start < end, scalars[start].isWhitespaceFast { start += 1 }
        while end > start, scalars[end - 1].isWhitespaceFast { end -= 1 }
        return ParagraphText.Piece(scalars: Array(scalars[start..<end]), bodyOffset: line.offset + start, line: line.number)
    }
}
