import DossierCore
/// The text of a paragraph made of line pieces joined by spaces, mapping its scalars back to the body.
struct ParagraphText {
    struct Piece {
        var scalars: [Unicode.Scalar]
        var bodyOffset: Int
        var line: Int
    }

    private(set) var scalars: [Unicode.Scalar] = []
    private var offsets: [Int] = []
    private var lines: [Int] = []

    init(_ pieces: [Piece]) {
        for piece in pieces where !piece.scalars.isEmpty {
            if !scalars.isEmpty {
                scalars.append(" ")
                offsets.append(offsets.last! + 1)
                lines.append(lines.last!)
            }
            for (position, scalar) in piece.scalars.enumerated() {
                // No-break and other odd spaces read as plain spaces in the cleaned text.
                scalars.append(scalar.isWhitespaceFast ? " " : scalar)
                offsets.append(piece.bodyOffset + position)
                lines.append(piece.line)
            }
        }
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        var previousWasSpace = false
        for scalar in scalars[range] {
            if scalar == " " && previousWasSpace { continue }
            previousWasSpace = scalar == " "
            view.append(scalar)
        }
        return String(view)
    }

    func bodyRange(_ range: Range<Int>) -> Range<Int> {
        offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    func line(at position: Int) -> Int { lines[position] }
}
