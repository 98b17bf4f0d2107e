import DossierCore
/// The text of a paragraph made of line pieces joined by spaces, mapping its scalars back to the body.
struct ParagraphText {
    struct Piece {
        var scalars: ArraySlice<Unicode.Scalar>
        var bodyOffset: Int
        var line: Int
    }

    private(set) var scalars: [Unicode.Scalar] = []
    /// Where each piece starts in `scalars`, in order, with its place in the body and its line: a scalar's offset is
    /// worked out from its piece when asked (a sentence's ends), not written down for every scalar. The space that
    /// joins a piece to the next counts as the piece's, one past its last scalar.
    private var starts: [Int] = []
    private var placed: [(bodyOffset: Int, line: Int)] = []

    init(_ pieces: [Piece]) {
        let count = pieces.reduce(pieces.count) { $0 + $1.scalars.count }
        scalars.reserveCapacity(count)
        for piece in pieces where !piece.scalars.isEmpty {
            if !scalars.isEmpty { scalars.append(" ") }
            starts.append(scalars.count)
            placed.append((piece.bodyOffset, piece.line))
            // No-break and other odd spaces read as plain spaces in the cleaned text.
            for scalar in piece.scalars { scalars.append(scalar.isWhitespaceFast ? " " : scalar) }
        }
    }

    /// Buffers kept from one sentence to the next, so that each sentence's text is made in one go.
    struct Scratch {
        fileprivate var bytes: [UInt8] = []
        /// The scalars of the last text made, for the tokenizer (which would otherwise decode the text again).
        fileprivate(set) var scalars: [Unicode.Scalar] = []
    }

    /// The text of `range`, runs of spaces read as one; its scalars are left in `scratch.scalars`.
    func string(_ range: Range<Int>, scratch: inout Scratch) -> String {
        scratch.bytes.removeAll(keepingCapacity: true)
        scratch.scalars.removeAll(keepingCapacity: true)
        var previousWasSpace = false
        for scalar in scalars[range] {
            if scalar == " " && previousWasSpace { continue }
            previousWasSpace = scalar == " "
            scratch.scalars.append(scalar)
            if scalar.isASCII {
                scratch.bytes.append(UInt8(scalar.value))
            } else {
                scratch.bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: scratch.bytes, as: UTF8.self)
    }

    func bodyRange(_ range: Range<Int>) -> Range<Int> {
        bodyOffset(at: range.lowerBound)..<(bodyOffset(at: range.upperBound - 1) + 1)
    }

    func line(at position: Int) -> Int { placed[piece(at: position)].line }

    private func bodyOffset(at position: Int) -> Int {
        let piece = piece(at: position)
        return placed[piece].bodyOffset + position - starts[piece]
    }

    /// The last piece starting at or before `position`, by binary search.
    private func piece(at position: Int) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle } else { high = middle }
        }
        return low
    }
}
