extension String {
    /// The text written by `scalars`, made at its exact length in UTF-8 in one pass over them (no string grown scalar
    /// by scalar; a short text is stored inline, without an allocation).
    init(scalars: some Collection<Unicode.Scalar>) {
        if let ascii = scalars.withContiguousStorageIfAvailable(Self.init(asciiScalars:)), let ascii {
            self = ascii
            return
        }
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                if scalar.isASCII {
                    buffer[position] = UInt8(truncatingIfNeeded: scalar.value)
                    position += 1
                } else {
                    for unit in UTF8.encode(scalar)! {
                        buffer[position] = unit
                        position += 1
                    }
                }
            }
            return position
        }
    }

    /// The text of `scalars` when they are all ASCII (a sentence of most texts), else nil: a scalar is then a byte,
    /// and both passes (one asking whether all are ASCII, one narrowing each to its byte) are plain loops without a
    /// branch, which the compiler does several scalars at a time.
    private init?(asciiScalars scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        var bits: UInt32 = 0
        for scalar in scalars { bits |= scalar.value }
        guard bits < 0x80 else { return nil }
        self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
            for position in 0..<scalars.count { buffer[position] = UInt8(truncatingIfNeeded: scalars[position].value) }
            return scalars.count
        }
    }
}
