import DossierCore
import Foundation

/// The lines of an article body, each with its line number in the file and its offset in the body.
public struct TextLines: Sendable {
    public struct Line: Sendable, Hashable {
        public var text: String
        /// 1-based line in the file.
        public var number: Int
        /// Offset of the line's first scalar in the body, in Unicode scalars.
        public var offset: Int
        public var isBlank: Bool { text.allSatisfy(\.isWhitespaceFast) }
    }

    public var lines: [Line]

    public init(_ body: String, firstLine: Int = 1) {
        var lines: [Line] = []
        var offset = 0
        var number = firstLine
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(raw)
            lines.append(Line(text: text, number: number, offset: offset))
            offset += text.unicodeScalars.count + 1
            number += 1
        }
        self.lines = lines
    }

    public var firstNonEmpty: Line? { lines.first { !$0.isBlank } }
}
