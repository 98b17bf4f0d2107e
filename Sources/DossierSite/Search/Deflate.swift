import CZlib
import Foundation

/// Raw DEFLATE (RFC 1951) through zlib, the format the browser's `DecompressionStream("deflate-raw")` reads.
/// The only file that calls zlib; the same bytes in give the same bytes out.
enum Deflate {
    /// Level 1, zlib's fastest matching (no lazy evaluation of matches). On the BBC index (9.9 MB of JSON in 1,183
    /// inputs), counted under QEMU (zlib's own instructions): level 1 makes 4.37 MB in 0.74 G instructions, level 2
    /// 4.29 MB in 0.77 G, level 3 4.24 MB in 0.86 G, level 4 (used before) 4.09 MB in 1.00 G. Level 1 costs 7% more
    /// bytes than level 4 (0.3 MB more on a 100 MB site, and the page loads only the files a query needs) for a quarter
    /// less of the build's largest piece of work after cmark-gfm (BBC build 21.46 G -> 21.11 G instructions).
    static let level: Int32 = 1
    /// Negative window bits: raw DEFLATE, no zlib header or checksum.
    static let rawWindowBits: Int32 = -15
    static let memoryLevel: Int32 = 8

    static func compress(_ data: Data) -> Data {
        Data(compress(bytes: [UInt8](data)))
    }

    static func compress(bytes input: [UInt8]) -> [UInt8] {
        guard let stream = Stream.current else { return [] }
        defer { Stream.reset(stream) }
        return input.withUnsafeBufferPointer { inputBuffer in
            // zlib reads the input through a pointer it declares mutable, and never writes it.
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
            stream.pointee.avail_in = uInt(inputBuffer.count)
            return [UInt8](unsafeUninitializedCapacity: Int(deflateBound(stream, uLong(inputBuffer.count)))) { output, written in
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = uInt(output.count)
                written = deflate(stream, Z_FINISH) == Z_STREAM_END ? output.count - Int(stream.pointee.avail_out) : 0
            }
        }
    }

    /// Each thread's stream, made on its first input and reset after each (`deflateReset` is `deflateEnd` then
    /// `deflateInit2` with the same parameters, without giving back the memory: the same bytes in give the same bytes
    /// out). The index is a thousand small inputs, and making a stream allocates and clears a quarter of a megabyte
    /// (its window and tables); one kept per thread stays in that core's caches, where a shared pool hands a stream
    /// from one thread to another.
    enum Stream {
        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                guard let pointer else { return }
                let stream = pointer.assumingMemoryBound(to: z_stream.self)
                deflateEnd(stream)
                stream.deallocate()
            }
            return key
        }()

        /// The calling thread's stream, ready for an input; nil when zlib cannot make one.
        static var current: UnsafeMutablePointer<z_stream>? {
            if let pointer = pthread_getspecific(key) { return pointer.assumingMemoryBound(to: z_stream.self) }
            // zlib's state points back at its stream: the stream stays where it is made.
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard deflateInit2_(stream, level, Z_DEFLATED, rawWindowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                stream.deallocate()
                return nil
            }
            pthread_setspecific(key, stream)
            return stream
        }

        /// Readies the thread's stream for its next input; one that cannot be reset is freed (the next is made anew).
        static func reset(_ stream: UnsafeMutablePointer<z_stream>) {
            guard deflateReset(stream) != Z_OK else { return }
            pthread_setspecific(key, nil)
            deflateEnd(stream)
            stream.deallocate()
        }
    }

    /// The inverse, for tests.
    static func decompress(_ data: Data, capacity: Int = 1 << 22) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, rawWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: capacity)
        let written = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer -> Int? in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                guard inflate(&stream, Z_FINISH) == Z_STREAM_END else { return nil }
                return outputBuffer.count - Int(stream.avail_out)
            }
        }
        return written.map { Data(output.prefix($0)) }
    }
}
