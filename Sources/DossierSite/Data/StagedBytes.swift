import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a large file (`dossier.json`, `figures.csv`), written into a small array (`pending`) that is emptied,
/// a stretch at a time, into one growing block of the C library's memory, which becomes the file's `Data` as it is.
///
/// Written straight into one array, the 17 MB of a large corpus's `dossier.json` touched about 66 MB of fresh memory
/// (16,000 page faults, a twentieth of a second): an array grows by moving its bytes into a new buffer twice its size,
/// and was then copied once more into the file's `Data`. Written into stretches of their own, put together into the
/// `Data` at the end, each byte still touched fresh memory twice (the stretch, then the `Data`: in a BBC build's
/// profile, the page faults of that one copy were ~85 of ~2,300 samples of the render stage). Here `pending` is
/// reused (it stays in the cache) and each byte lands once in the block (`WrittenBytes`), which grows with `realloc`:
/// glibc grows a block that large (it is mapped on its own) by moving its pages (`mremap`), not its bytes.
struct StagedBytes {
    /// What was written since the last stretch was handed over; the writer appends here.
    var pending: [UInt8] = []
    /// The stretches handed over, one after the other. Shared by copies of the writer until one of them writes again.
    private var written = WrittenBytes()
    /// How many bytes `pending` holds before `handOverIfLong` puts them aside.
    static let stretch = 64 * 1024

    /// All that was written.
    var bytes: [UInt8] { Array(written.buffer) + pending }

    /// Puts the pending bytes aside when they are a stretch long: called between two parts of the file (a member, a row).
    mutating func handOverIfLong() {
        if pending.count >= Self.stretch { handOver() }
    }

    private mutating func handOver() {
        if !isKnownUniquelyReferenced(&written) { written = written.copy() }
        written.append(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// The file: all that was written, in one `Data`; the writer is left empty.
    mutating func takeData() -> Data {
        guard isKnownUniquelyReferenced(&written) else {
            // Another copy of the writer still holds the bytes handed over: they are copied, with the pending ones.
            var data = Data(capacity: written.count + pending.count)
            data.append(written.buffer)
            data.append(contentsOf: pending)
            written = WrittenBytes()
            pending = []
            return data
        }
        written.append(pending)
        pending = []
        return written.takeData()
    }
}

/// One block of the C library's memory (`malloc`), grown with `realloc` as bytes are appended, and handed over as a
/// `Data` (which frees it) without a copy. Freed with the object when it was not handed over.
final class WrittenBytes {
    private var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0
    /// The first block's size: large enough to be mapped on its own by glibc (above its 128 KB threshold for that),
    /// so that each growth moves pages, not bytes.
    static let firstCapacity = 256 * 1024

    deinit {
        free(base)
    }

    /// The bytes appended so far, valid until the next change.
    var buffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }

    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let needed = count + bytes.count
        if needed > capacity {
            let grown = max(Self.firstCapacity, capacity * 2, needed)
            guard let block = realloc(base, grown) else { fatalError("out of memory for \(grown) bytes") }
            base = block.assumingMemoryBound(to: UInt8.self)
            capacity = grown
        }
        bytes.withUnsafeBufferPointer { source in
            (base! + count).initialize(from: source.baseAddress!, count: source.count)
        }
        count = needed
    }

    /// A copy of its own.
    func copy() -> WrittenBytes {
        let copy = WrittenBytes()
        copy.append(Array(buffer))
        return copy
    }

    /// The bytes as a `Data` that owns the block (and frees it); this object is left empty.
    func takeData() -> Data {
        guard let base, count > 0 else { return Data() }
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        self.base = nil
        count = 0
        capacity = 0
        return data
    }
}
