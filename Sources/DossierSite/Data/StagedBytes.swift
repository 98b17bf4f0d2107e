import Foundation

/// The bytes of a large file (`dossier.json`, `figures.csv`), written into an array (`pending`) a stretch at a time;
/// the stretches are put together into the file's `Data` once, at the end, when its size is known.
///
/// Written straight into one array, the 17 MB of a large corpus's `dossier.json` touched about 66 MB of fresh memory
/// (16,000 page faults, a twentieth of a second): an array grows by moving its bytes into a new buffer twice its size,
/// and was then copied once more into the file's `Data`. Here each byte is written once into a stretch, which is never
/// moved, and copied once into the file's `Data`, made at its size. (Growing the `Data` itself, by a quarter at a time,
/// moved it again and again whenever `realloc` could not grow it in place.)
struct StagedBytes {
    /// The stretches written before `pending`, each about `stretch` bytes long.
    private var stretches: [[UInt8]] = []
    /// What was written since; the writer appends here.
    var pending: [UInt8] = []
    /// How many bytes `pending` holds before `handOverIfLong` puts them aside.
    static let stretch = 64 * 1024

    /// All that was written.
    var bytes: [UInt8] { stretches.flatMap { $0 } + pending }

    /// Puts the pending bytes aside when they are a stretch long: called between two parts of the file (a member, a row).
    mutating func handOverIfLong() {
        if pending.count >= Self.stretch { handOver() }
    }

    private mutating func handOver() {
        stretches.append(pending)
        pending = []
        pending.reserveCapacity(Self.stretch + Self.stretch / 4)
    }

    /// The file: all that was written, in one `Data`; the writer is left empty.
    mutating func takeData() -> Data {
        handOver()
        var data = Data(capacity: stretches.reduce(0) { $0 + $1.count })
        for stretch in stretches { data.append(contentsOf: stretch) }
        stretches = []
        pending = []
        return data
    }
}
