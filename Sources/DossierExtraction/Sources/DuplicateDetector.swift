import DossierCore
import DossierLanguage

/// Finds sources that share long passages and flags both with `duplicate-of`, naming the other:
/// at least half of the shorter text appears, in runs of words, in the other one.
///
/// Each text is cut into overlapping runs of `shingleWords` words; a fixed sample of their hashes goes
/// into one index, so finding the sources that share passages costs about one pass over the corpus
/// (runs found in very many sources are stock phrases and are skipped).
public struct DuplicateDetector: Sendable {
    /// Words in a run compared between texts.
    public static let shingleWords = 8
    /// One run in `sampling` (chosen by hash, the same in every text) is indexed: the runs whose FNV-1a hash is a
    /// multiple of four, which its two low bits tell (`FNV1aLowBits`, which only reads two bits).
    static let sampling: UInt64 = 4
    /// Sampled runs two texts must share at least: some twenty words of the same text in the same order.
    static let sharedRuns = 3
    /// A run in more sources than this is a common phrase.
    static let commonRuns = 20

    public init() {}

    /// The articles, with `duplicate-of` flags added to those that share long passages. `sentences`: each article's
    /// sentences, gathered once for all the passes.
    public func flagDuplicates(_ articles: [Article], sentences: [[Sentence]]) -> [Article] {
        // One article has no other to copy (and a book-length one would be hashed for nothing).
        guard articles.count >= 2 else { return articles }
        let runs = ParallelMap.map(Array(articles.indices)) { Self.sampledRuns(of: sentences[$0]) }
        var flagged = articles
        for (position, found) in partners(runs: runs).enumerated() {
            for (other, shared) in found {
                flagged[position].flags.append(flag(sharing: shared, of: runs[position].count, with: articles[other]))
            }
        }
        return flagged
    }

    /// For each article, the others sharing enough runs with it, by position, with the number of runs shared.
    ///
    /// Every sampled run with the article holding it, sorted by run: the articles holding one run are then side by
    /// side, and each pair of them shares one run more (no list of holders is made per run, and most runs are held
    /// by one article only).
    func partners(runs: [[UInt64]]) -> [[(Int, Int)]] {
        let held = Self.heldRuns(runs)
        var shared: [Pair: Int] = [:]
        var start = 0
        while start < held.count {
            var end = start + 1
            while end < held.count, held[end].run == held[start].run { end += 1 }
            // A run in very many sources is a common phrase.
            if end - start >= 2, end - start <= Self.commonRuns {
                for first in start..<end {
                    for second in (first + 1)..<end { shared[Pair(held[first].article, held[second].article), default: 0] += 1 }
                }
            }
            start = end
        }
        var found = Array(repeating: [(Int, Int)](), count: runs.count)
        for (pair, count) in shared {
            // Half of the shorter text: related stories reusing a background paragraph are not duplicates.
            guard count >= Self.sharedRuns, count * 2 >= min(runs[pair.first].count, runs[pair.second].count) else { continue }
            found[pair.first].append((pair.second, count))
            found[pair.second].append((pair.first, count))
        }
        return found.map { $0.sorted { $0.0 < $1.0 } }
    }

    /// Every sampled run with the article holding it, in order of run and then of article. A counting sort on the
    /// run's top bits puts each in its bucket, in the articles' order (the sort is stable); each bucket, a few entries
    /// since the hashes spread evenly, is then sorted alone. One comparison sort of all of them took most of
    /// `partners`' time.
    static func heldRuns(_ runs: [[UInt64]]) -> [(run: UInt64, article: Int)] {
        let total = runs.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        // About one bucket per entry, at most 2^16 of them.
        let bucketBits = min(16, max(1, Int.bitWidth - total.leadingZeroBitCount))
        func bucket(_ run: UInt64) -> Int { Int(truncatingIfNeeded: run >> UInt64(64 - bucketBits)) }
        // Where each bucket starts, and (the last) where the entries end.
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for hashes in runs {
            for hash in hashes { starts[bucket(hash) + 1] += 1 }
        }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var held = [(run: UInt64, article: Int)](repeating: (0, 0), count: total)
        var next = starts
        for (position, hashes) in runs.enumerated() {
            for hash in hashes {
                let place = bucket(hash)
                held[next[place]] = (hash, position)
                next[place] += 1
            }
        }
        // Each bucket sorted where it lies, through the buffer: sorting the array's slice (`held[range].sort`) copied
        // the bucket out and back, an allocation per bucket.
        held.withUnsafeMutableBufferPointer { entries in
            for place in 0..<(starts.count - 1) where starts[place + 1] - starts[place] > 1 {
                var bucket = UnsafeMutableBufferPointer(rebasing: entries[starts[place]..<starts[place + 1]])
                bucket.sort { ($0.run, $0.article) < ($1.run, $1.article) }
            }
        }
        return held
    }

    /// Two articles by position, the first before the second.
    struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ first: Int, _ second: Int) { (self.first, self.second) = (first, second) }
    }

    func flag(sharing shared: Int, of total: Int, with other: Article) -> QualityFlag {
        // The page links the other source by its title after the evidence, so the evidence does not repeat it.
        let percent = total == 0 ? 0 : min(100, shared * 100 / total)
        return QualityFlag(kind: "duplicate-of",
                           evidence: "shares long passages with another source: about \(percent)% of this text is also in \(other.fileName)",
                           relatedSource: other.id)
    }

    /// The hashes of the sampled runs of words of an article's cleaned text (its sentences), sorted, each once: the
    /// lower forms of its sentences' word and number tokens, so that punctuation and case do not hide a copy.
    static func sampledRuns(of sentences: [Sentence]) -> [UInt64] {
        // Each word's bytes and a space, in one buffer, and where each word starts: a run's hash reads its bytes in
        // one stretch instead of going through eight strings' UTF-8 views (each word is read by eight runs).
        var bytes: [UInt8] = []
        var starts: [Int] = []
        // Room for all of them at once (the lowered words are about the sentences' length, with a space each), not
        // grown a doubling at a time.
        var tokenCount = 0, textLength = 0
        for sentence in sentences {
            tokenCount += sentence.tokens.count
            textLength += sentence.text.utf8.count
        }
        starts.reserveCapacity(tokenCount + 1)
        bytes.reserveCapacity(textLength + tokenCount)
        for sentence in sentences {
            // Through the buffer: each token read in place, not copied (a copy retains and releases its strings).
            sentence.tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices where tokens[index].kind != .punctuation {
                    starts.append(bytes.count)
                    // The word's bytes as one stretch (copied at once), where the UTF-8 view was appended byte by byte.
                    if tokens[index].lower.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                        bytes.append(contentsOf: tokens[index].lower.utf8)
                    }
                    bytes.append(0x20)
                }
            }
        }
        guard starts.count >= shingleWords else { return [] }
        starts.append(bytes.count)
        var hashes: [UInt64] = []
        // Room for about one run in `sampling` (the share the hash keeps on average), with a margin for a text whose
        // runs the hash happens to keep more of.
        hashes.reserveCapacity((starts.count - shingleWords) / Int(sampling) * 2 + 8)
        bytes.withUnsafeBufferPointer { buffer in
            func run(_ start: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[starts[start]..<starts[start + shingleWords]])
            }
            // Which runs are sampled (their hash a multiple of four) is told by the hash's two low bits, which one pass
            // over the bytes gives for every run (`FNV1aLowBits`): only those runs are hashed, not every run, which
            // read each byte eight times.
            var sampled: [Int] = []
            sampled.reserveCapacity(hashes.capacity)
            var bits: UInt8 = 0
            var before = [UInt8](repeating: 0, count: starts.count)
            for word in 0..<(starts.count - 1) {
                before[word] = bits
                for index in starts[word]..<starts[word + 1] { bits = FNV1aLowBits.step(bits, buffer[index]) }
            }
            before[starts.count - 1] = bits
            for start in 0..<(starts.count - shingleWords) {
                let end = start + shingleWords
                if FNV1aLowBits.ofStretch(before: before[start], after: before[end], length: starts[end] - starts[start]) == 0 {
                    sampled.append(start)
                }
            }
            // FNV-1a of each sampled run (each word's bytes, then a space): a fixed hash, so that the same text gives the
            // same sample in every run (Swift's `Hasher` is seeded). Four runs at a time (their hashes are independent
            // chains of multiplications), then the rest.
            var next = 0
            while next + 4 <= sampled.count {
                let (a, b, c, d) = FNV1aFourWide.hashes(run(sampled[next]), run(sampled[next + 1]), run(sampled[next + 2]), run(sampled[next + 3]))
                hashes.append(a); hashes.append(b); hashes.append(c); hashes.append(d)
                next += 4
            }
            for rest in next..<sampled.count { hashes.append(FNV1a.hash(of: run(sampled[rest]))) }
        }
        hashes.sort()
        var kept = 0
        for index in hashes.indices where kept == 0 || hashes[kept - 1] != hashes[index] {
            hashes[kept] = hashes[index]
            kept += 1
        }
        hashes.removeLast(hashes.count - kept)
        return hashes
    }
}
