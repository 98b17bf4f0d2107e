/// Decodes UTF-8 strictly, reporting where the first invalid byte is.
enum UTF8Check {
    struct Invalid: Error {
        var byteOffset: Int
        var line: Int
        var column: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Invalid> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalid(in: bytes))
    }

    /// Walks the bytes with the UTF-8 decoder to find the offset of the first bad sequence.
    static func firstInvalid(in bytes: [UInt8]) -> Invalid {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return Invalid(byteOffset: offset, line: line, column: column)
            case .error:
                return Invalid(byteOffset: offset, line: line, column: column)
            }
        }
    }
}
