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
        let memos = WordTypeMemoPool<WordRead>(unknown: .unknown)
        let runs = ParallelMap.map(Array(articles.indices)) { article in memos.withMemo { Self.sampledRuns(of: sentences[article], memo: &$0) } }
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
    ///
    /// Which runs are sampled is fixed by the FNV-1a hash of the run's text (each word's bytes, then a space): those whose
    /// hash is a multiple of `sampling`, which its two low bits tell (`FNV1aLowBits`, from one pass over the words). A
    /// sampled run is then known by `runHash` of its words' hashes (`wordHash`), each word's bytes read once: hashing
    /// the run's text again read each byte twice on average (a word is in eight runs, one in four of them sampled), from
    /// a buffer of the article's words their bytes were first copied into. Only whether two runs are the same counts,
    /// which both hashes tell alike (but for a 64-bit collision).
    ///
    /// `memo`: each word type's `WordRead`, worked out once per type (`WordTypeMemo`): most tokens are of a type met
    /// before, and are read by one array read, where each token's bytes were read.
    static func sampledRuns(of sentences: [Sentence], memo: inout WordTypeMemo<WordRead>) -> [UInt64] {
        var tokenCount = 0
        // The sentences read in place by their positions (a loop over them copied each, retaining and releasing its
        // strings and tokens).
        for index in sentences.indices { tokenCount += sentences[index].tokens.count }
        // Each word's hash, and the bits before it (`WordRead.bits(after:)`) with those after the last word, written by
        // position into arrays made at their full length: appending checked each array's uniqueness and capacity at every word.
        var wordHashes = [UInt64](repeating: 0, count: tokenCount)
        var before = [UInt8](repeating: 0, count: tokenCount + 1)
        var count = 0
        wordHashes.withUnsafeMutableBufferPointer { hashes in
            before.withUnsafeMutableBufferPointer { before in
                var bits: UInt8 = 0
                for sentence in sentences.indices {
                    // Through the buffer: each token read in place, not copied (a copy retains and releases its strings).
                    sentences[sentence].tokens.withUnsafeBufferPointer { tokens in
                        for index in tokens.indices where tokens[index].kind != .punctuation {
                            let word = memo.answer(type: tokens[index].wordType) { WordRead(tokens[index].lower) }
                            before[count] = bits
                            hashes[count] = word.hash
                            bits = word.bits(after: bits)
                            count += 1
                        }
                    }
                }
                before[count] = bits
            }
        }
        guard count >= shingleWords else { return [] }
        var hashes: [UInt64] = []
        // Room for about one run in `sampling` (the share the hash keeps on average), with a margin for a text whose
        // runs the hash happens to keep more of.
        hashes.reserveCapacity((count + 1 - shingleWords) / Int(sampling) * 2 + 8)
        let sampled = Self.sampledStretches
        wordHashes.withUnsafeBufferPointer { wordHashes in
            before.withUnsafeBufferPointer { before in
                for start in 0...(count - shingleWords) {
                    let end = start + shingleWords
                    guard sampled >> (Int(before[start]) << 3 | Int(before[end])) & 1 != 0 else { continue }
                    hashes.append(runHash(UnsafeBufferPointer(rebasing: wordHashes[start..<end])))
                }
            }
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

    /// Which runs `sampledRuns` samples, by the bits before and after the run (`WordRead.bits(after:)`, three bits each):
    /// bit `before << 3 | after` is set where the run's FNV-1a hash is a multiple of `sampling`. The run's length counts
    /// only by its parity, which the third bits keep (`FNV1aLowBits.ofStretch`). Read from this one word, where the
    /// stretch's low bits were worked out at every run of every article.
    static let sampledStretches: UInt64 = (0..<64).reduce(0) { mask, index in
        let before = UInt8(index >> 3), after = UInt8(index & 7)
        let parity = Int((before ^ after) >> 2)
        return FNV1aLowBits.ofStretch(before: before & 3, after: after & 3, length: parity) == 0 ? mask | 1 << UInt64(index) : mask
    }

    /// What `sampledRuns` reads of a word (its token's lower form), from one pass over its bytes: the word's hash, and
    /// what the word, with the space taken to follow it, does to the low bits of FNV-1a run over the text before it
    /// (`FNV1aLowBits.step`) and to the parity of that text's length.
    ///
    /// A stretch of bytes takes the low bits `s` to `negated n times (s) ^ r` (see `FNV1aLowBits`), where `n` is its
    /// length and `r` what it gives from 0: so `r` and the parity of `n` are the word's whole effect, whatever came
    /// before it, and a word type's reading serves every token of the type.
    struct WordRead: Equatable, BitwiseCopyable {
        /// `wordHash` of the word: FNV-1a of its bytes, mixed.
        let hash: UInt64
        /// The low two bits of FNV-1a stepped from 0 over the word's bytes and a space (`r`), and (third bit) the
        /// parity of their count (`n`).
        private let effect: UInt8

        /// Not worked out yet (`WordTypeMemo`): no word has this effect.
        static let unknown = WordRead(hash: 0, effect: 0xFF)

        private init(hash: UInt64, effect: UInt8) { (self.hash, self.effect) = (hash, effect) }

        /// The reading of the word `lower`: its bytes where the string keeps them (a small string's copied out, as cheaply).
        init(_ lower: String) {
            self = lower.utf8.withContiguousStorageIfAvailable(WordRead.init(bytes:))
                ?? Array(lower.utf8).withUnsafeBufferPointer(WordRead.init(bytes:))
        }

        @inline(__always) init(bytes: UnsafeBufferPointer<UInt8>) {
            var low: UInt8 = 0
            var hash = FNV1a.offsetBasis
            for byte in bytes {
                low = FNV1aLowBits.step(low, byte)
                hash = FNV1a.adding(UInt64(byte), to: hash)
            }
            low = FNV1aLowBits.step(low, 0x20)
            // The word and its space: the parity flips when they are an odd number of bytes.
            self.init(hash: FNV1a.mixed(hash), effect: low | UInt8(truncatingIfNeeded: (bytes.count + 1) & 1) << 2)
        }

        /// The bits after the word, from `bits` before it: the two low bits of FNV-1a run from 0 over the text before
        /// (each word's bytes then a space), and (third bit) the parity of that text's length in bytes.
        @inline(__always) func bits(after bits: UInt8) -> UInt8 {
            let odd = effect >> 2
            let low = bits & 3
            let carried = odd == 0 ? low : (0 &- low) & 3
            return (carried ^ (effect & 3)) | ((bits >> 2) ^ odd) << 2
        }
    }

    /// The hash `sampledRuns` knows a run by, from its words' hashes (`WordRead.hash`, each FNV-1a of the word's bytes,
    /// mixed): each folded in by a multiply and a shift, so that the order of the words counts.
    @inline(__always) static func runHash(_ wordHashes: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for word in wordHashes {
            let product = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash = product ^ (product >> 29)
        }
        return hash
    }
}
