import Glibc

/// The figures page's comparison table, whose cells hold footnote references (`[^s3]` after each value), and the notes
/// they reference (`[^s3]: **label**: “sentence”`, the page's last blocks), written without cmark-gfm: on BBC they were
/// most of what was left of cmark-gfm's work (2.9 MB converted whole, the table with cmark-gfm's table extension).
///
/// cmark-gfm 0.29.0.gfm.6 numbers footnotes in the order of their first reference and writes a reference
/// `<sup class="footnote-ref"><a href="#fn-LABEL" id="fnref-LABEL" data-footnote-ref>N</a></sup>` (the k-th reference to
/// a note, k > 1, with the id `fnref-LABEL-k`), and the notes after everything else, in that order:
/// `<section class="footnotes" data-footnotes>`, `<ol>`, each `<li id="fn-LABEL">`, its paragraph with a back link for
/// each reference, `</ol>`, `</section>`. The notes are the page's last blocks, so their section is written where they
/// are. Every cell must be one `InlineHTML` writes (`TablesApart` with a `FootnoteNumbering`), every label `s` and a
/// number referenced and defined, the notes defined in the order of their first reference, each note one line of text
/// `InlineHTML` writes; anything else leaves both to cmark-gfm.
enum FootnotedTable {
    /// The table's HTML and the notes' section, each NUL-terminated; nil when they are not as described.
    static func html(table: UnsafeBufferPointer<UInt8>, notes: UnsafeBufferPointer<UInt8>) -> (table: [UInt8], section: [UInt8])? {
        let numbering = FootnoteNumbering()
        guard let apart = TablesApart(table, footnotes: numbering), apart.tables.count == 1, apart.convertedCount == 0,
              apart.tables[0].lines.lowerBound == 0, apart.tables[0].lines.upperBound >= table.count - 1,
              !numbering.labels.isEmpty, let section = section(of: notes, numbering: numbering) else { return nil }
        return (apart.html(cells: []).html, section)
    }

    /// The notes' section, or nil unless `notes` defines exactly the notes referenced, in their order.
    private static func section(of notes: UnsafeBufferPointer<UInt8>, numbering: FootnoteNumbering) -> [UInt8]? {
        guard let base = notes.baseAddress else { return nil }
        var defined = 0
        var converted = true
        let html = [UInt8](unsafeUninitializedCapacity: notes.count * 6 + numbering.totalReferences * 160 + 64) { buffer, initialized in
            var out = buffer.baseAddress!
            InlineHTML.write(sectionOpening, to: &out)
            var lineStart = 0
            while lineStart < notes.count {
                let lineEnd = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), notes.count - lineStart)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? notes.count
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart else { continue }
                let line = UnsafeBufferPointer(rebasing: notes[lineStart..<lineEnd])
                guard defined < numbering.labels.count,
                      let contentStart = definitionContent(line, label: numbering.labels[defined]),
                      writeNote(line, contentStart: contentStart, label: numbering.labels[defined],
                                references: numbering.referenceCounts[defined], to: &out) else {
                    converted = false
                    break
                }
                defined += 1
            }
            InlineHTML.write(sectionClosing, to: &out)
            out.pointee = 0
            out += 1
            initialized = converted ? out - buffer.baseAddress! : 0
        }
        return converted && defined == numbering.labels.count ? html : nil
    }

    /// Where the text of the definition `[^sLABEL]: ` starts in `line`, or nil when the line is not that definition.
    private static func definitionContent(_ line: UnsafeBufferPointer<UInt8>, label: Int) -> Int? {
        let prefix = Array("[^s\(label)]: ".utf8)
        guard line.count > prefix.count, line.starts(with: prefix) else { return nil }
        return prefix.count
    }

    /// Writes a note's list item: its text (starting a paragraph: a letter or a strong emphasis's `**`, which
    /// `InlineHTML` checks; no white space at its end) and a back link to each reference.
    private static func writeNote(_ line: UnsafeBufferPointer<UInt8>, contentStart: Int, label: Int, references: Int,
                                  to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let first = line[contentStart]
        let last = line[line.count - 1]
        guard InlineHTML.isLetter(first) || (first == UInt8(ascii: "*") && contentStart + 2 < line.count && line[contentStart + 1] == first
                                              && line[contentStart + 2] != UInt8(ascii: " ") && line[contentStart + 2] != first),
              last != UInt8(ascii: " "), last != UInt8(ascii: "\t") else { return false }
        InlineHTML.write(itemOpening, to: &out)
        writeNumber(label, to: &out)
        InlineHTML.write(itemOpeningEnd, to: &out)
        guard InlineHTML.write(line, from: contentStart, to: &out) else { return false }
        for reference in 1...references {
            InlineHTML.write(backLinkOpening, to: &out)
            writeNumber(label, to: &out)
            if reference > 1 {
                out.pointee = UInt8(ascii: "-")
                out += 1
                writeNumber(reference, to: &out)
            }
            InlineHTML.write(backLinkMiddle, to: &out)
            if reference > 1 {
                InlineHTML.write(supOpening, to: &out)
                writeNumber(reference, to: &out)
                InlineHTML.write(supClosing, to: &out)
            }
            InlineHTML.write(backLinkClosing, to: &out)
        }
        InlineHTML.write(itemClosing, to: &out)
        return true
    }

    /// A number's decimal digits.
    static func writeNumber(_ number: Int, to out: inout UnsafeMutablePointer<UInt8>) {
        for digit in String(number).utf8 {
            out.pointee = digit
            out += 1
        }
    }

    private static let sectionOpening: StaticString = "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
    private static let sectionClosing: StaticString = "</ol>\n</section>\n"
    private static let itemOpening: StaticString = "<li id=\"fn-s"
    private static let itemOpeningEnd: StaticString = "\">\n<p>"
    private static let itemClosing: StaticString = "</p>\n</li>\n"
    private static let backLinkOpening: StaticString = " <a href=\"#fnref-s"
    private static let backLinkMiddle: StaticString = "\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩"
    private static let supOpening: StaticString = "<sup class=\"footnote-ref\">"
    private static let supClosing: StaticString = "</sup>"
    private static let backLinkClosing: StaticString = "</a>"
}

/// The footnotes referenced in a table written by `InlineHTML`, numbered as cmark-gfm numbers them: in the order of
/// their first reference, each reference counted.
final class FootnoteNumbering {
    /// The labels' numbers (`s3` is 3), in the order of their first reference.
    private(set) var labels: [Int] = []
    /// How many times each of `labels` is referenced.
    private(set) var referenceCounts: [Int] = []
    private(set) var totalReferences = 0
    private var positions: [Int: Int] = [:]

    /// A reference to the note `s` + `label`: its number (from 1) and which reference to it this is (from 1).
    func reference(_ label: Int) -> (number: Int, count: Int) {
        totalReferences += 1
        if let position = positions[label] {
            referenceCounts[position] += 1
            return (position + 1, referenceCounts[position])
        }
        labels.append(label)
        referenceCounts.append(1)
        positions[label] = labels.count - 1
        return (labels.count, 1)
    }
}
