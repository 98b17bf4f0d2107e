extension String {
    /// The text written by `scalars`, made at its exact length in UTF-8 in one pass over them (no string grown scalar
    /// by scalar; a short text is stored inline, without an allocation).
    init(scalars: some Collection<Unicode.Scalar>) {
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
}
