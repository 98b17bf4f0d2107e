import Foundation

/// `PhraseWordCache`s lent to one run of sentences at a time and given back, so that the runs a thread works one after
/// another (the articles of a corpus, most of them a few hundred words) read each distinct word once per cache rather
/// than once per article: most words of an article were read before, in another.
///
/// A word's reading depends on its token alone, so which cache a run borrows changes no reading. The numbers of the
/// readings differ from cache to cache, but a run uses one cache throughout and makes its phrases' strings from that
/// one. A cache that has grown past `maximumEntries` (a corpus of ever new words) is not lent again.
///
/// Each cache lent has a number (its place in `caches`), and the pool keeps every cache it lent, with the readings of
/// every run that used it: a run's words, kept as the numbers of their readings (`CountedWords`), are read again by
/// the cache's number once the runs are done.
final class PhraseWordCachePool: @unchecked Sendable {
    private let lock = NSLock()
    /// Every cache lent, by number (an empty one stands in while a run holds it).
    private var all: [PhraseWordCache] = []
    /// The numbers of the caches waiting to be lent.
    private var free: [Int] = []
    let maximumEntries: Int

    init(maximumEntries: Int = 200_000) {
        self.maximumEntries = maximumEntries
    }

    /// `body` run with a cache no other run holds meanwhile, and that cache's number in `caches`.
    func withNumberedCache<Result>(_ body: (inout PhraseWordCache, _ number: Int) -> Result) -> Result {
        // Swapped out of the pool (an empty one left in its place), so the run's cache is its only copy and grows in place.
        var cache = PhraseWordCache()
        let number = lock.withLock {
            if let number = free.popLast() {
                swap(&cache, &all[number])
                return number
            }
            all.append(PhraseWordCache())
            return all.count - 1
        }
        let result = body(&cache, number)
        let lendAgain = cache.entries.count <= maximumEntries
        lock.withLock {
            swap(&all[number], &cache)
            if lendAgain { free.append(number) }
        }
        return result
    }

    /// Every cache lent, by number, with the readings of every run that used it (asked once no run holds one).
    var caches: [PhraseWordCache] { lock.withLock { all } }
}
