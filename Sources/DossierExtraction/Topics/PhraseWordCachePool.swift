import Foundation

/// `PhraseWordCache`s lent to one run of sentences at a time and given back, so that the runs a thread works one after
/// another (the articles of a corpus, most of them a few hundred words) read each distinct word once per cache rather
/// than once per article: most words of an article were read before, in another.
///
/// A word's reading depends on its token alone, so which cache a run borrows changes no reading. The numbers of the
/// readings differ from cache to cache, but a run uses one cache throughout and makes its phrases' strings from that
/// one. A cache that has grown past `maximumEntries` (a corpus of ever new words) is let go rather than lent again.
final class PhraseWordCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [PhraseWordCache] = []
    let maximumEntries: Int

    init(maximumEntries: Int = 200_000) {
        self.maximumEntries = maximumEntries
    }

    /// `body` run with a cache no other run holds meanwhile.
    func withCache<Result>(_ body: (inout PhraseWordCache) -> Result) -> Result {
        var cache = lock.withLock { free.popLast() } ?? PhraseWordCache()
        let result = body(&cache)
        if cache.entries.count <= maximumEntries { lock.withLock { free.append(cache) } }
        return result
    }

    /// The caches waiting to be lent (for tests).
    var idleCount: Int { lock.withLock { free.count } }
}
