import DossierCore
/// The text of a paragraph made of line pieces joined by spaces, mapping its scalars back to the body.
struct ParagraphText {
    struct Piece {
        /// Read off the line's own text, without a copy of its scalars.
        var scalars: Substring.UnicodeScalarView
        var bodyOffset: Int
        var line: Int
    }

    private(set) var scalars: [Unicode.Scalar] = []
    /// Where each piece starts in `scalars`, in order, with its place in the body and its line: a scalar's offset is
    /// worked out from its piece when asked (a sentence's ends), not written down for every scalar. The space that
    /// joins a piece to the next counts as the piece's, one past its last scalar.
    private var starts: [Int] = []
    private var placed: [(bodyOffset: Int, line: Int)] = []
    /// Where a space follows a space in `scalars`, in order: most paragraphs hold none, so most sentences are copied
    /// whole without reading them for a run (see `string`).
    private var spaceRunSeconds: [Int] = []
    /// Where the scalars the sentence splitter reads stand (`SentenceSplitter.isMark`: sentence ends and quote marks),
    /// in order, noted as the text is decoded, with the space runs: the splitter reads these, not every scalar again.
    private(set) var marks: [Int] = []

    /// No text yet: `read` fills it (a reader of paragraph after paragraph keeps one, and its arrays' room).
    init() {}

    init(_ pieces: [Piece]) {
        read(pieces)
    }

    /// Makes this the text of `pieces`, in the room of the text it held.
    mutating func read(_ pieces: [Piece]) {
        scalars.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        placed.removeAll(keepingCapacity: true)
        spaceRunSeconds.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        // UTF-8 bytes are at least as many as scalars: room enough without counting the scalars.
        let count = pieces.reduce(pieces.count) { $0 + Substring($1.scalars).utf8.count }
        scalars.reserveCapacity(count)
        // The space runs and marks are noted as the scalars are written (white space is a plain space there, so a
        // run is a space after a space, the joining spaces' runs too).
        var previousIsSpace = false
        for piece in pieces where !piece.scalars.isEmpty {
            if !scalars.isEmpty {
                if previousIsSpace { spaceRunSeconds.append(scalars.count) }
                scalars.append(" ")
                previousIsSpace = true
            }
            starts.append(scalars.count)
            placed.append((piece.bodyOffset, piece.line))
            append(piece.scalars, previousIsSpace: &previousIsSpace)
        }
    }

    /// Appends a piece, white space (no-break and other odd spaces too) read as plain spaces, and notes its space
    /// runs and marks: decoded from the line's UTF-8 straight into room at the end of `scalars`, not through the
    /// scalar view's iterator and one append a scalar. `previousIsSpace`: whether the scalar before it is a space.
    private mutating func append(_ piece: Substring.UnicodeScalarView, previousIsSpace: inout Bool) {
        var piece = Substring(piece)
        // The notes are moved out while `scalars` is written through its buffer (no copy of either array).
        var notes = Notes(spaceRunSeconds: [], marks: [], previousIsSpace: previousIsSpace)
        swap(&notes.spaceRunSeconds, &spaceRunSeconds)
        swap(&notes.marks, &marks)
        piece.withUTF8 { bytes in
            let first = scalars.count
            // A byte a scalar at most: the room left over is given back.
            scalars.append(contentsOf: repeatElement(" ", count: bytes.count))
            let written = scalars.withUnsafeMutableBufferPointer { all in
                Self.decode(bytes, into: UnsafeMutableBufferPointer(rebasing: all[first...]), at: first, notes: &notes)
            }
            scalars.removeLast(bytes.count - written)
        }
        swap(&notes.spaceRunSeconds, &spaceRunSeconds)
        swap(&notes.marks, &marks)
        previousIsSpace = notes.previousIsSpace
    }

    /// Where a space follows a space, and where the marks stand, as `decode` writes the scalars.
    struct Notes {
        var spaceRunSeconds: [Int]
        var marks: [Int]
        var previousIsSpace: Bool
    }

    /// Writes the scalars of `bytes` (a string's: valid UTF-8), white space as plain spaces, at the start of `room`
    /// (at least one place a byte), which stands at `offset` in the text; returns how many. Notes each space that
    /// follows a space, and each mark, in the same pass (one pass, not a second one over the written scalars).
    ///
    /// An ASCII byte above `?` (letters and most other bytes of a text) is neither white space nor a mark: a run of
    /// them (most of a word) is written as it is in a loop of its own, which asks nothing more; a plain space is
    /// written without the other tests. Counts are bounded by the buffers' sizes, so they add without overflow checks.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<Unicode.Scalar>,
                       at offset: Int, notes: inout Notes) -> Int {
        var read = 0, written = 0
        var previousIsSpace = notes.previousIsSpace
        let count = bytes.count
        while read < count {
            let lead = bytes[read]
            let scalar: Unicode.Scalar
            if lead < 0x80 {
                if lead > UInt8(ascii: "?") {
                    var byte = lead
                    repeat {
                        room[written] = Unicode.Scalar(byte)
                        read &+= 1
                        written &+= 1
                        guard read < count else { break }
                        byte = bytes[read]
                    } while byte > UInt8(ascii: "?") && byte < 0x80
                    previousIsSpace = false
                    continue
                }
                if lead == UInt8(ascii: " ") {
                    room[written] = " "
                    if previousIsSpace { notes.spaceRunSeconds.append(offset &+ written) }
                    previousIsSpace = true
                    read &+= 1
                    written &+= 1
                    continue
                }
                scalar = lead.isASCIIWhitespace ? " " : Unicode.Scalar(lead)
                read += 1
            } else {
                let (decoded, length) = UTF8Scalar.decode(bytes, at: read)
                scalar = decoded.isWhitespaceFast ? " " : decoded
                read += length
            }
            room[written] = scalar
            if scalar == " " {
                if previousIsSpace { notes.spaceRunSeconds.append(offset + written) }
                previousIsSpace = true
            } else {
                if SentenceSplitter.isMark(scalar) { notes.marks.append(offset + written) }
                previousIsSpace = false
            }
            written += 1
        }
        notes.previousIsSpace = previousIsSpace
        return written
    }

    /// A buffer kept from one sentence to the next.
    struct Scratch {
        /// The scalars of the last text made, for the tokenizer (which would otherwise decode the text again).
        fileprivate(set) var scalars: [Unicode.Scalar] = []
    }

    /// The text of `range`, runs of spaces read as one; its scalars are left in `scratch.scalars`. A range without
    /// such a run (most) is copied whole, and the text's UTF-8 is written in place at its exact length.
    func string(_ range: Range<Int>, scratch: inout Scratch) -> String {
        scratch.scalars.removeAll(keepingCapacity: true)
        if holdsSpaceRun(range) {
            var previousWasSpace = false
            for scalar in scalars[range] {
                if scalar == " " && previousWasSpace { continue }
                previousWasSpace = scalar == " "
                scratch.scalars.append(scalar)
            }
        } else {
            scratch.scalars.append(contentsOf: scalars[range])
        }
        return String(scalars: scratch.scalars)
    }

    /// Whether two spaces follow each other in `range`: whether a second space of a run stands after its start.
    private func holdsSpaceRun(_ range: Range<Int>) -> Bool {
        let after = spaceRunSeconds.firstIndex(above: range.lowerBound) { $0 }
        return after < spaceRunSeconds.count && spaceRunSeconds[after] < range.upperBound
    }

    func bodyRange(_ range: Range<Int>) -> Range<Int> {
        bodyOffset(at: range.lowerBound)..<(bodyOffset(at: range.upperBound - 1) + 1)
    }

    func line(at position: Int) -> Int { placed[piece(at: position)].line }

    private func bodyOffset(at position: Int) -> Int {
        let piece = piece(at: position)
        return placed[piece].bodyOffset + position - starts[piece]
    }

    /// The last piece starting at or before `position` (the first piece, for a position before every start).
    private func piece(at position: Int) -> Int {
        max(starts.firstIndex(above: position) { $0 } - 1, 0)
    }
}
