import DossierCore

/// Finds sources that share long passages and flags both with `duplicate-of`, naming the other:
/// at least half of the shorter text appears, in runs of words, in the other one.
///
/// Each text is cut into overlapping runs of `shingleWords` words; a fixed sample of their hashes goes
/// into one index, so finding the sources that share passages costs about one pass over the corpus
/// (runs found in very many sources are stock phrases and are skipped).
public struct DuplicateDetector: Sendable {
    /// Words in a run compared between texts.
    public static let shingleWords = 8
    /// One run in `sampling` (chosen by hash, the same in every text) is indexed.
    static let sampling: UInt64 = 4
    /// Sampled runs two texts must share at least: some twenty words of the same text in the same order.
    static let sharedRuns = 3
    /// A run in more sources than this is a common phrase.
    static let commonRuns = 20

    public init() {}

    /// The articles, with `duplicate-of` flags added to those that share long passages.
    public func flagDuplicates(_ articles: [Article]) -> [Article] {
        // One article has no other to copy (and a book-length one would be hashed for nothing).
        guard articles.count >= 2 else { return articles }
        let runs = ParallelMap.map(articles) { Self.sampledRuns(of: $0) }
        var index: [UInt64: [Int]] = [:]
        for (position, hashes) in runs.enumerated() {
            for hash in hashes { index[hash, default: []].append(position) }
        }
        var flagged = articles
        for position in articles.indices {
            for (other, shared) in partners(of: position, runs: runs, index: index) {
                flagged[position].flags.append(flag(sharing: shared, of: runs[position].count, with: articles[other]))
            }
        }
        return flagged
    }

    /// The other articles sharing enough runs with `position`, by position, with the number of runs shared.
    func partners(of position: Int, runs: [Set<UInt64>], index: [UInt64: [Int]]) -> [(Int, Int)] {
        var counts: [Int: Int] = [:]
        for hash in runs[position] {
            guard let holders = index[hash], holders.count <= Self.commonRuns else { continue }
            for holder in holders where holder != position { counts[holder, default: 0] += 1 }
        }
        return counts.filter { other, shared in
            // Half of the shorter text: related stories reusing a background paragraph are not duplicates.
            shared >= Self.sharedRuns && shared * 2 >= min(runs[position].count, runs[other].count)
        }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func flag(sharing shared: Int, of total: Int, with other: Article) -> QualityFlag {
        // The page links the other source by its title after the evidence, so the evidence does not repeat it.
        let percent = total == 0 ? 0 : min(100, shared * 100 / total)
        return QualityFlag(kind: "duplicate-of",
                           evidence: "shares long passages with another source: about \(percent)% of this text is also in \(other.fileName)",
                           relatedSource: other.id)
    }

    /// The hashes of the sampled runs of words of an article's cleaned text: the lower forms of its sentences'
    /// word and number tokens, so that punctuation and case do not hide a copy.
    static func sampledRuns(of article: Article) -> Set<UInt64> {
        // Each word's bytes and a space, in one buffer, and where each word starts: a run's hash reads its bytes in
        // one stretch instead of going through eight strings' UTF-8 views (each word is read by eight runs).
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for sentence in article.sentences {
            for token in sentence.tokens where !token.isPunctuation {
                starts.append(bytes.count)
                bytes.append(contentsOf: token.lower.utf8)
                bytes.append(0x20)
            }
        }
        guard starts.count >= shingleWords else { return [] }
        starts.append(bytes.count)
        var hashes: Set<UInt64> = []
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...(starts.count - 1 - shingleWords) {
                let hash = fnv1a(UnsafeBufferPointer(rebasing: buffer[starts[start]..<starts[start + shingleWords]]))
                if hash % sampling == 0 { hashes.insert(hash) }
            }
        }
        return hashes
    }

    /// FNV-1a of some bytes (a run: each word's bytes, then a space): a fixed hash, so that the same text gives the same
    /// sample in every run (Swift's `Hasher` is seeded).
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
