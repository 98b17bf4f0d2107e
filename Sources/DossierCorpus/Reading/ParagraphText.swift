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
        // UTF-8 bytes are at least as many as scalars: room enough without counting the scalars.
        let count = pieces.reduce(pieces.count) { $0 + Substring($1.scalars).utf8.count }
        scalars.reserveCapacity(count)
        var previousIsSpace = false
        for piece in pieces where !piece.scalars.isEmpty {
            if !scalars.isEmpty {
                // The joining space is the second of a run after a piece that ends in white space.
                if previousIsSpace { spaceRunSeconds.append(scalars.count) }
                scalars.append(" ")
                previousIsSpace = true
            }
            starts.append(scalars.count)
            placed.append((piece.bodyOffset, piece.line))
            // No-break and other odd spaces read as plain spaces in the cleaned text.
            for scalar in piece.scalars {
                let isSpace = scalar.isWhitespaceFast
                if isSpace && previousIsSpace { spaceRunSeconds.append(scalars.count) }
                previousIsSpace = isSpace
                scalars.append(isSpace ? " " : scalar)
            }
        }
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
