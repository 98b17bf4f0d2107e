import DossierCore

/// Cuts a run of text pieces (lines, paragraphs) into chunks of consecutive pieces of about a given number of bytes,
/// so that a long article's per-piece work runs on all cores, a chunk per task, and joins in order.
struct TextChunks {
    /// UTF-8 bytes per chunk; the last chunk may be smaller.
    let bytes: Int

    /// Ranges of consecutive indices into `sizes` (each piece's size in bytes), in order, covering them all; one range
    /// when they add up to less than `bytes`.
    func ranges(sizes: [Int]) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0, total = 0
        for (index, size) in sizes.enumerated() {
            total += size
            if total >= bytes {
                chunks.append(start..<index + 1)
                start = index + 1
                total = 0
            }
        }
        if start < sizes.count || chunks.isEmpty { chunks.append(start..<sizes.count) }
        return chunks
    }

    /// `transform` of each item, in order, the chunks of `items` (sized by `size`) on all cores.
    func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], size: (Item) -> Int, _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        let chunks = ranges(sizes: items.map(size))
        if chunks.count == 1 { return items.map(transform) }
        return ParallelMap.map(chunks) { chunk in items[chunk].map(transform) }.flatMap { $0 }
    }
}
