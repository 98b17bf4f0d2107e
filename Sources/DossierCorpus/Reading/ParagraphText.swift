import DossierCore
/// The text of a paragraph made of line pieces joined by spaces, mapping its scalars back to the body.
struct ParagraphText {
    struct Piece {
        var scalars: ArraySlice<Unicode.Scalar>
        var bodyOffset: Int
        var line: Int
    }

    private(set) var scalars: [Unicode.Scalar] = []
    private var offsets: [Int] = []
    private var lines: [Int] = []

    init(_ pieces: [Piece]) {
        let count = pieces.reduce(pieces.count) { $0 + $1.scalars.count }
        scalars.reserveCapacity(count)
        offsets.reserveCapacity(count)
        lines.reserveCapacity(count)
        for piece in pieces where !piece.scalars.isEmpty {
            if !scalars.isEmpty {
                scalars.append(" ")
                offsets.append(offsets.last! + 1)
                lines.append(lines.last!)
            }
            var offset = piece.bodyOffset
            for scalar in piece.scalars {
                // No-break and other odd spaces read as plain spaces in the cleaned text.
                scalars.append(scalar.isWhitespaceFast ? " " : scalar)
                offsets.append(offset)
                lines.append(piece.line)
                offset += 1
            }
        }
    }

    /// A UTF-8 buffer kept from one sentence to the next, so that each sentence's text is made in one go.
    struct Scratch {
        fileprivate var bytes: [UInt8] = []
    }

    /// The text of `range`, runs of spaces read as one.
    func string(_ range: Range<Int>, scratch: inout Scratch) -> String {
        scratch.bytes.removeAll(keepingCapacity: true)
        var previousWasSpace = false
        for scalar in scalars[range] {
            if scalar == " " && previousWasSpace { continue }
            previousWasSpace = scalar == " "
            if scalar.isASCII {
                scratch.bytes.append(UInt8(scalar.value))
            } else {
                scratch.bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: scratch.bytes, as: UTF8.self)
    }

    func bodyRange(_ range: Range<Int>) -> Range<Int> {
        offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    func line(at position: Int) -> Int { lines[position] }
}
