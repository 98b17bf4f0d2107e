/// Bytes handed to another thread while their owner keeps them alive and unchanged until that thread is done with them.
struct SendableBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}
