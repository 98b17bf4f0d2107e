extension Array where Element == Token {
    /// The sentence text from token `first` through token `last`, as written (spaces and marks between them kept).
    public func span(_ first: Int, _ last: Int, in sentence: String) -> String {
        let scalars = sentence.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: self[first].range.lowerBound)
        let end = scalars.index(start, offsetBy: self[last].range.upperBound - self[first].range.lowerBound)
        return String(scalars[start..<end])
    }
}
