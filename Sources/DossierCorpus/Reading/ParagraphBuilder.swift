import DossierCore
import DossierLanguage

/// Groups the body lines into paragraphs and splits them into sentences with ids `s1`, `s2`, … in reading order,
/// each with its scalar range in the body and its line in the file.
///
/// A line is a paragraph, except a hard-wrapped one: a line not ending a sentence followed by a line
/// starting in lower case continues the same paragraph.
///
/// Paragraphs are read independently of each other (only the sentence ids count across them), so a long article
/// is read in chunks of whole paragraphs on all cores, joined in order and numbered after: the same sentences as
/// read in one piece.
struct ParagraphBuilder {
    let tokenizer: Tokenizer
    /// UTF-8 bytes of body lines per chunk read on its own core; an article of fewer is read in one piece.
    let chunkBytes: Int

    func paragraphs(of layout: ArticleLayout) -> [Paragraph] {
        let groups = lineGroups(layout)
        let chunks = TextChunks(bytes: chunkBytes).ranges(sizes: groups.map { group in
            group.reduce(0) { $0 + layout.lines[$1].text.utf8.count + 1 }
        })
        var read = ParallelMap.map(chunks) { chunk in paragraphs(groups[chunk], in: layout) }
        // Numbered in place: a copy of each paragraph would copy its sentences.
        var counter = 0
        for chunk in read.indices {
            for paragraph in read[chunk].indices {
                for sentence in read[chunk][paragraph].sentences.indices {
                    counter += 1
                    read[chunk][paragraph].sentences[sentence].id = Self.sentenceID(counter)
                }
            }
        }
        return read.count == 1 ? read[0] : Array(read.joined())
    }

    /// `s` and `number` (not negative) in decimal (`s12`), written straight into the string: an interpolation for
    /// every sentence of the corpus went through the general formatting of an `Int` and an appended string.
    static func sentenceID(_ number: Int) -> String {
        precondition(number >= 0, "sentence numbers are not negative")
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = UInt8(ascii: "s")
            var value = number
            for position in stride(from: digits, through: 1, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            return digits + 1
        }
    }

    /// The paragraphs of `groups`, their sentences not yet numbered (ids empty). One paragraph text, one array of
    /// pieces and one of sentence ranges are filled again for each paragraph.
    func paragraphs(_ groups: ArraySlice<Range<Int>>, in layout: ArticleLayout) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var pieces: [ParagraphText.Piece] = []
        var text = ParagraphText()
        var ranges: [Range<Int>] = []
        var scratch = ParagraphText.Scratch()
        tokenizer.withWorkspace { workspace in
            for group in groups {
                pieces.removeAll(keepingCapacity: true)
                for index in group { pieces.append(piece(of: index, in: layout)) }
                text.read(pieces)
                SentenceSplitter().sentenceRanges(in: text.scalars, marks: text.marks, into: &ranges)
                guard !ranges.isEmpty else { continue }
                var sentences: [Sentence] = []
                sentences.reserveCapacity(ranges.count)
                for range in ranges {
                    let sentence = text.string(range, scratch: &scratch)
                    sentences.append(Sentence(id: "", text: sentence, range: text.bodyRange(range), line: text.line(at: range.lowerBound),
                                              tokens: tokenizer.tokens(of: sentence, scalars: scratch.scalars, workspace: &workspace)))
                }
                paragraphs.append(Paragraph(sentences: sentences))
            }
        }
        return paragraphs
    }

    /// Consecutive body lines that make one paragraph.
    func lineGroups(_ layout: ArticleLayout) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var previous: Int?
        for index in layout.roles.indices where layout.isBody(index) {
            if let last = previous, last == index - 1, continues(layout.text(last), with: layout.text(index)) {
                groups[groups.count - 1] = groups[groups.count - 1].lowerBound..<index + 1
            } else {
                groups.append(index..<index + 1)
            }
            previous = index
        }
        return groups
    }

    func continues(_ line: String, with next: String) -> Bool {
        guard let end = line.last, let start = next.first else { return false }
        return !".!?:…\"”’)".contains(end) && start.isLowercase
    }

    /// The part of a line that is body text: without its indentation, its metadata prefix, its trailing spaces (read
    /// in the line's text, not copied out of it).
    func piece(of index: Int, in layout: ArticleLayout) -> ParagraphText.Piece {
        let line = layout.lines[index]
        let scalars = line.text.unicodeScalars
        var offset = layout.bodyStarts[index] ?? 0
        var start = scalars.index(scalars.startIndex, offsetBy: offset)
        var end = scalars.endIndex
        while start < end, scalars[start].isWhitespaceFast {
            scalars.formIndex(after: &start)
            offset += 1
        }
        while end > start, scalars[scalars.index(before: end)].isWhitespaceFast { scalars.formIndex(before: &end) }
        return ParagraphText.Piece(scalars: scalars[start..<end], bodyOffset: line.offset + offset, line: line.number)
    }
}
